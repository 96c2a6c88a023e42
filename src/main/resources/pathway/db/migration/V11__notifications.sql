-- E-mail notifications (dev.pathway.reminders). Mail is written here in the transaction of the engine's work and
-- sent after commit by a scheduled sender: a mail server that is down delays mail, it never loses it or fails a task.

-- What a person asked for: notifications on or off, another address than their Camunda e-mail, their calendar feed
-- (the SHA-256 of its token: the token itself is shown once), and when their last digest of new work went out.
CREATE TABLE pw_notification_settings (
  user_id              VARCHAR(64)   NOT NULL PRIMARY KEY,
  enabled              BOOLEAN       NOT NULL,
  email                VARCHAR(254),
  calendar_token_hash  VARCHAR(64),
  last_digest_at       TIMESTAMP
);
CREATE UNIQUE INDEX pw_notification_settings_token ON pw_notification_settings (calendar_token_hash);

-- New work waiting for the next digest of its user: one row per task and person who gets it.
CREATE TABLE pw_new_work (
  task_id     VARCHAR(64)   NOT NULL,
  user_id     VARCHAR(64)   NOT NULL,
  created_at  TIMESTAMP     NOT NULL,
  PRIMARY KEY (task_id, user_id)
);
CREATE INDEX pw_new_work_user ON pw_new_work (user_id);

-- Reminders already sent: "due soon" once per task and person, "overdue" once per day.
CREATE TABLE pw_task_reminder (
  task_id     VARCHAR(64)   NOT NULL,
  user_id     VARCHAR(64)   NOT NULL,
  kind        VARCHAR(20)   NOT NULL,
  sent_at     TIMESTAMP     NOT NULL,
  PRIMARY KEY (task_id, user_id, kind)
);

-- The outbox: one row per mail. A sender claims a row (claimed_until in the future) with a conditional update, so
-- two nodes never send the same mail; a failed send is tried again after next_attempt_at.
CREATE TABLE pw_mail_outbox (
  id               VARCHAR(36)    NOT NULL PRIMARY KEY,
  kind             VARCHAR(20)    NOT NULL,
  user_id          VARCHAR(64)    NOT NULL,
  recipient        VARCHAR(254)   NOT NULL,
  subject          VARCHAR(400)   NOT NULL,
  text_body        VARCHAR(200000) NOT NULL,
  html_body        VARCHAR(200000) NOT NULL,
  created_at       TIMESTAMP      NOT NULL,
  attempts         INT            NOT NULL,
  next_attempt_at  TIMESTAMP      NOT NULL,
  claimed_until    TIMESTAMP,
  claimed_by       VARCHAR(64),
  sent_at          TIMESTAMP,
  last_error       VARCHAR(1000)
);
CREATE INDEX pw_mail_outbox_due ON pw_mail_outbox (sent_at, next_attempt_at);
