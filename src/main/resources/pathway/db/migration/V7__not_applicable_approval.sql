-- "Not applicable" is decided, not declared (issue 11): the implementation board approves or refuses an
-- activity recorded as not applicable; until it approves, the activity counts as open.
ALTER TABLE pw_activity_record ADD COLUMN na_decision VARCHAR(20);
ALTER TABLE pw_activity_record ADD COLUMN na_decided_by VARCHAR(255);
ALTER TABLE pw_activity_record ADD COLUMN na_decided_at TIMESTAMP;
ALTER TABLE pw_activity_record ADD COLUMN na_reason VARCHAR(4000);

-- records made before the board's approval was required keep counting as they did, and say why
UPDATE pw_activity_record
   SET na_decision = 'approved',
       na_reason = 'Recorded before the implementation board''s approval was required'
 WHERE outcome = 'not-applicable';
