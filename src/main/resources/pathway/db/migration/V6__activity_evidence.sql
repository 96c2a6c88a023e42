-- The register's document versions an activity record links as its evidence (Table B.1 activities, issue 11).
CREATE TABLE pw_activity_evidence (
  task_id            VARCHAR(64)   NOT NULL,
  document_id        VARCHAR(64)   NOT NULL,
  version            INT           NOT NULL,
  PRIMARY KEY (task_id, document_id, version),
  CONSTRAINT pw_activity_evidence_record FOREIGN KEY (task_id) REFERENCES pw_activity_record (task_id),
  CONSTRAINT pw_activity_evidence_version FOREIGN KEY (document_id, version)
    REFERENCES pw_document_version (document_id, version)
);
