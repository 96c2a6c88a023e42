-- the host application's own table, migrated by the host's Flyway (flyway_schema_history)
CREATE TABLE host_expense (
  id          VARCHAR(64) PRIMARY KEY,
  amount      DECIMAL(12, 2) NOT NULL,
  approved_by VARCHAR(64)
);
