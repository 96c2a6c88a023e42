-- One row per cycle of the Plan-Do-Check-Act activities of clause 8.2 of an implementation: a cycle never starts twice.
CREATE TABLE pw_improvement_cycle (
  implementation_id  VARCHAR(64)   NOT NULL,
  kind               VARCHAR(40)   NOT NULL,
  cycle              INT           NOT NULL,
  task_id            VARCHAR(64)   NOT NULL,
  interval_iso       VARCHAR(40),
  started_at         TIMESTAMP     NOT NULL,
  PRIMARY KEY (implementation_id, kind, cycle)
);
