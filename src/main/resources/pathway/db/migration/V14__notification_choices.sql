-- Which mails a person wants, each kind on its own (dev.pathway.reminders, Tasklist's "My notifications"): the digest
-- of new work, "due soon", "overdue" and the weekly summary of overdue activities (for process owners). "enabled"
-- stays the switch for all of them; someone who never chose gets every kind.
ALTER TABLE pw_notification_settings ADD COLUMN new_work BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE pw_notification_settings ADD COLUMN due_soon BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE pw_notification_settings ADD COLUMN overdue BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE pw_notification_settings ADD COLUMN weekly_summary BOOLEAN DEFAULT TRUE NOT NULL;
