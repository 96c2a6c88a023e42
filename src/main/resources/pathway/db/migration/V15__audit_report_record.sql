-- The audit report of an internal audit is kept as a record of the document register: the audit names that record.
ALTER TABLE pw_audit ADD COLUMN report_document VARCHAR(64);
