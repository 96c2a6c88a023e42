-- Internal audits (Table B.1 "Monitor, measure, review and internal audit" g)-k)): each audit with its plan, who audits
-- which area, and its findings; a nonconformity is open until its corrective action is verified effective.
CREATE TABLE pw_audit (
  audit_id           VARCHAR(64)   PRIMARY KEY,
  implementation_id  VARCHAR(64)   NOT NULL,
  occasion           VARCHAR(60)   NOT NULL,
  planned_start      DATE,
  planned_end        DATE,
  conclusion         VARCHAR(40),
  report             VARCHAR(20000) NOT NULL,
  completed_by       VARCHAR(64)   NOT NULL,
  completed_at       TIMESTAMP     NOT NULL
);
CREATE INDEX pw_audit_implementation ON pw_audit (implementation_id, completed_at);

CREATE TABLE pw_audit_assignment (
  audit_id           VARCHAR(64)   NOT NULL,
  area_id            VARCHAR(80)   NOT NULL,
  auditor            VARCHAR(64)   NOT NULL,
  criteria           VARCHAR(1000) NOT NULL,
  PRIMARY KEY (audit_id, area_id, auditor)
);

CREATE TABLE pw_audit_finding (
  finding_id         VARCHAR(64)   PRIMARY KEY,
  audit_id           VARCHAR(64)   NOT NULL,
  implementation_id  VARCHAR(64)   NOT NULL,
  area_id            VARCHAR(80)   NOT NULL,
  clause             VARCHAR(40)   NOT NULL,
  kind               VARCHAR(40)   NOT NULL,
  statement          VARCHAR(4000) NOT NULL,
  evidence           VARCHAR(4000) NOT NULL,
  status             VARCHAR(20)   NOT NULL,
  corrective_action  VARCHAR(64),
  raised_at          TIMESTAMP     NOT NULL,
  closed_at          TIMESTAMP
);
CREATE INDEX pw_audit_finding_implementation ON pw_audit_finding (implementation_id, status, kind);

-- What each phase's achievement analysis found per area (phase 0: the gap analysis), beside each other.
CREATE TABLE pw_area_rating (
  implementation_id  VARCHAR(64)   NOT NULL,
  phase              INT           NOT NULL,
  area_id            VARCHAR(80)   NOT NULL,
  current_state      VARCHAR(20)   NOT NULL,
  note               VARCHAR(4000),
  rated_by           VARCHAR(64),
  rated_at           TIMESTAMP     NOT NULL,
  PRIMARY KEY (implementation_id, phase, area_id)
);

-- Management reviews (8.2): the inputs as gathered, the minutes, and each decision or action with owner, due date and
-- status.
CREATE TABLE pw_management_review (
  review_id          VARCHAR(64)   PRIMARY KEY,
  implementation_id  VARCHAR(64)   NOT NULL,
  cycle              INT           NOT NULL,
  period_from        TIMESTAMP,
  held_at            TIMESTAMP     NOT NULL,
  held_by            VARCHAR(64)   NOT NULL,
  inputs             VARCHAR(20000) NOT NULL,
  minutes            VARCHAR(4000) NOT NULL,
  sms_suitable       BOOLEAN       NOT NULL
);
CREATE INDEX pw_management_review_implementation ON pw_management_review (implementation_id, held_at);

CREATE TABLE pw_review_action (
  action_id          VARCHAR(64)   PRIMARY KEY,
  review_id          VARCHAR(64)   NOT NULL,
  implementation_id  VARCHAR(64)   NOT NULL,
  decision           VARCHAR(4000) NOT NULL,
  owner              VARCHAR(64)   NOT NULL,
  due_date           DATE          NOT NULL,
  status             VARCHAR(20)   NOT NULL,
  outcome            VARCHAR(4000),
  done_at            TIMESTAMP
);
CREATE INDEX pw_review_action_implementation ON pw_review_action (implementation_id, status);

-- What each cycle of clause 8.2 found, for the management review that follows.
