-- What each Plan-Do-Check-Act cycle of 8.2 recorded when its task was completed, for the management review pack
-- (issue 12): the history keeps only the latest value of each variable, not one per cycle.
ALTER TABLE pw_improvement_cycle ADD COLUMN completed_by VARCHAR(255);
ALTER TABLE pw_improvement_cycle ADD COLUMN completed_at TIMESTAMP;
ALTER TABLE pw_improvement_cycle ADD COLUMN summary VARCHAR(4000);
ALTER TABLE pw_improvement_cycle ADD COLUMN detail VARCHAR(4000);
ALTER TABLE pw_improvement_cycle ADD COLUMN rating VARCHAR(40);
ALTER TABLE pw_improvement_cycle ADD COLUMN nonconformities INT;
ALTER TABLE pw_improvement_cycle ADD COLUMN findings VARCHAR(4000);
