-- The tailored plan of each phase of one implementation: which Table B.1 activities it presents, and why.
CREATE TABLE pw_phase_plan (
  implementation_id  VARCHAR(64)   NOT NULL,
  phase              INT           NOT NULL,
  round              INT           NOT NULL,
  area_id            VARCHAR(100)  NOT NULL,
  activity_id        VARCHAR(120)  NOT NULL,
  origin             VARCHAR(30)   NOT NULL,
  PRIMARY KEY (implementation_id, phase, round, activity_id)
);

-- Each phase exit decision (DMN phase-exit) with the inputs that decided it, kept for audit.
CREATE TABLE pw_gate_decision (
  gate_id              VARCHAR(64)   NOT NULL PRIMARY KEY,
  implementation_id    VARCHAR(64)   NOT NULL,
  phase                INT           NOT NULL,
  round                INT           NOT NULL,
  activity_count       INT           NOT NULL,
  unfinished_count     INT           NOT NULL,
  unfinished_share     DECIMAL(5, 4) NOT NULL,
  characteristics_unmet INT          NOT NULL,
  exit_decision        VARCHAR(40)   NOT NULL,
  exit_reason          VARCHAR(1000),
  decided_at           TIMESTAMP     NOT NULL
);

CREATE INDEX pw_gate_decision_implementation ON pw_gate_decision (implementation_id, phase);

-- The implementation board's votes on a gate (four-eyes: one vote per member and gate).
CREATE TABLE pw_gate_vote (
  task_id      VARCHAR(64)   NOT NULL PRIMARY KEY,
  gate_id      VARCHAR(64)   NOT NULL,
  voter        VARCHAR(255)  NOT NULL,
  vote         VARCHAR(20)   NOT NULL,
  reason       VARCHAR(4000),
  voted_at     TIMESTAMP     NOT NULL,
  CONSTRAINT pw_gate_vote_once UNIQUE (gate_id, voter)
);
