-- The gate record (issue 12): the decision table's rule and version, the Phase 3 audit it weighed, who wrote the
-- achievement analysis (who may not vote on it), and the board's override of the table's outcome with its reason.
ALTER TABLE pw_gate_decision ADD COLUMN rule_id VARCHAR(100);
ALTER TABLE pw_gate_decision ADD COLUMN rule_description VARCHAR(1000);
ALTER TABLE pw_gate_decision ADD COLUMN table_version INT;
ALTER TABLE pw_gate_decision ADD COLUMN audit_conclusion VARCHAR(40);
ALTER TABLE pw_gate_decision ADD COLUMN open_nonconformities INT;
ALTER TABLE pw_gate_decision ADD COLUMN analysis_by VARCHAR(255);
ALTER TABLE pw_gate_decision ADD COLUMN override_outcome VARCHAR(40);
ALTER TABLE pw_gate_decision ADD COLUMN override_reason VARCHAR(4000);
ALTER TABLE pw_gate_decision ADD COLUMN override_by VARCHAR(255);
ALTER TABLE pw_gate_decision ADD COLUMN override_at TIMESTAMP;

-- What the board saw at the gate, item by item: unfinished activities, key characteristics not met, activities
-- carried into the phase or deferred from it, each with its status when the gate was decided.
CREATE TABLE pw_gate_item (
  gate_id   VARCHAR(64)   NOT NULL,
  kind      VARCHAR(30)   NOT NULL,
  seq       INT           NOT NULL,
  item_id   VARCHAR(200)  NOT NULL,
  name      VARCHAR(1000) NOT NULL,
  area      VARCHAR(200),
  status    VARCHAR(40),
  PRIMARY KEY (gate_id, kind, seq),
  CONSTRAINT pw_gate_item_gate FOREIGN KEY (gate_id) REFERENCES pw_gate_decision (gate_id)
);
