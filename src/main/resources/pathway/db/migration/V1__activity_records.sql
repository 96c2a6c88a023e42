-- Pathway's record of each Table B.1 activity, written in the same transaction as the task completion.
CREATE TABLE pw_activity_record (
  task_id            VARCHAR(64)   NOT NULL PRIMARY KEY,
  implementation_id  VARCHAR(64)   NOT NULL,
  phase              INT           NOT NULL,
  area_id            VARCHAR(100)  NOT NULL,
  activity_id        VARCHAR(120)  NOT NULL,
  round              INT           NOT NULL,
  outcome            VARCHAR(30)   NOT NULL,
  evidence           VARCHAR(4000),
  notes              VARCHAR(4000),
  justification      VARCHAR(4000),
  completed_by       VARCHAR(255),
  completed_at       TIMESTAMP     NOT NULL
);

CREATE INDEX pw_activity_record_phase ON pw_activity_record (implementation_id, phase);
