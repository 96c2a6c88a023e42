-- The register of documented information (Table B.1 "Document and record management"): documents per implementation,
-- their immutable versions with the file itself, and an append-only log of everything done to them.
CREATE TABLE pw_document (
  id                 VARCHAR(64)   PRIMARY KEY,
  implementation_id  VARCHAR(64)   NOT NULL,
  identifier         VARCHAR(20)   NOT NULL,
  title              VARCHAR(300)  NOT NULL,
  type               VARCHAR(30)   NOT NULL,
  areas              VARCHAR(2000) NOT NULL,
  owner_group        VARCHAR(64)   NOT NULL,
  reader_groups      VARCHAR(2000) NOT NULL,
  status             VARCHAR(20)   NOT NULL,
  review_date        DATE,
  retention          VARCHAR(40),
  created_by         VARCHAR(64)   NOT NULL,
  created_at         TIMESTAMP     NOT NULL,
  CONSTRAINT pw_document_identifier UNIQUE (implementation_id, identifier)
);
CREATE INDEX pw_document_implementation ON pw_document (implementation_id, status);

CREATE TABLE pw_document_number (
  implementation_id  VARCHAR(64)   PRIMARY KEY,
  last_number        INT           NOT NULL
);

CREATE TABLE pw_document_version (
  document_id        VARCHAR(64)   NOT NULL,
  version            INT           NOT NULL,
  status             VARCHAR(20)   NOT NULL,
  file_name          VARCHAR(255),
  media_type         VARCHAR(127)  NOT NULL,
  size_bytes         BIGINT        NOT NULL,
  sha256             CHAR(64)      NOT NULL,
  content            BYTEA,
  external_url       VARCHAR(2000),
  author             VARCHAR(64)   NOT NULL,
  change_summary     VARCHAR(1000) NOT NULL,
  created_at         TIMESTAMP     NOT NULL,
  PRIMARY KEY (document_id, version),
  CONSTRAINT pw_document_version_document FOREIGN KEY (document_id) REFERENCES pw_document (id)
);

CREATE TABLE pw_document_event (
  document_id        VARCHAR(64)   NOT NULL,
  seq                INT           NOT NULL,
  version            INT,
  action             VARCHAR(30)   NOT NULL,
  actor              VARCHAR(64)   NOT NULL,
  at                 TIMESTAMP     NOT NULL,
  detail             VARCHAR(1000),
  PRIMARY KEY (document_id, seq),
  CONSTRAINT pw_document_event_document FOREIGN KEY (document_id) REFERENCES pw_document (id)
);
