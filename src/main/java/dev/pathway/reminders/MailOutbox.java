package dev.pathway.reminders;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAmount;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The outbox ({@code pw_mail_outbox}): mails are written in the transaction of the work they tell
 * about and sent after it committed, by {@link #sendDue()}. A sender claims each mail with a
 * conditional update (any database, any number of nodes: one claim wins); a mail the server did not
 * take is tried again later, after a growing pause (capped at an hour), and never dropped.
 */
@Component
class MailOutbox {

  private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);
  private static final int BATCH = 100;
  private static final Duration LONGEST_PAUSE = Duration.ofHours(1);
  private static final int ERROR_LENGTH = 1000;

  private final JdbcTemplate jdbc;
  private final Mail mail;
  private final NotificationProperties properties;
  private final String node =
      ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

  MailOutbox(JdbcTemplate jdbc, Mail mail, NotificationProperties properties) {
    this.jdbc = jdbc;
    this.mail = mail;
    this.properties = properties;
  }

  void add(String kind, String userId, String recipient, MailTemplates.Rendered rendered) {
    Timestamp now = now();
    jdbc.update(
        "INSERT INTO pw_mail_outbox (id, kind, user_id, recipient, subject, text_body, html_body,"
            + " created_at, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
        UUID.randomUUID().toString(),
        kind,
        userId,
        recipient,
        rendered.subject(),
        rendered.text(),
        rendered.html(),
        now,
        now);
  }

  /** Sends what is due; returns how many mails the server took. */
  int sendDue() {
    JavaMailSender sender = mail.sender().orElse(null);
    if (sender == null) {
      return 0;
    }
    Timestamp now = now();
    List<String> due =
        jdbc.queryForList(
            "SELECT id FROM pw_mail_outbox WHERE sent_at IS NULL AND next_attempt_at <= ?"
                + " AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY created_at"
                + " FETCH FIRST "
                + BATCH
                + " ROWS ONLY",
            String.class,
            now,
            now);
    int sent = 0;
    for (String id : due) {
      if (claim(id, now) && send(sender, id)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean claim(String id, Timestamp now) {
    return jdbc.update(
            "UPDATE pw_mail_outbox SET claimed_until = ?, claimed_by = ? WHERE id = ?"
                + " AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < ?)",
            plus(now, properties.claimFor()),
            node,
            id,
            now)
        == 1;
  }

  private boolean send(JavaMailSender sender, String id) {
    Outgoing outgoing =
        jdbc.queryForObject(
            "SELECT recipient, subject, text_body, html_body, attempts FROM pw_mail_outbox"
                + " WHERE id = ?",
            (rs, row) ->
                new Outgoing(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getInt(5)),
            id);
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(properties.from());
      helper.setTo(outgoing.recipient());
      helper.setSubject(outgoing.subject());
      helper.setText(outgoing.text(), outgoing.html());
      sender.send(message);
    } catch (MailException | MessagingException e) {
      int attempts = outgoing.attempts() + 1;
      LOG.warn(
          "Mail {} to {} not sent (attempt {}): {}",
          id,
          outgoing.recipient(),
          attempts,
          e.toString());
      jdbc.update(
          "UPDATE pw_mail_outbox SET attempts = ?, next_attempt_at = ?, claimed_until = NULL,"
              + " last_error = ? WHERE id = ?",
          attempts,
          plus(now(), pause(attempts)),
          shorten(e.toString()),
          id);
      return false;
    }
    jdbc.update(
        "UPDATE pw_mail_outbox SET sent_at = ?, attempts = ?, claimed_until = NULL WHERE id = ?",
        now(),
        outgoing.attempts() + 1,
        id);
    return true;
  }

  /** The pause after the n-th failed attempt: retry-after, doubled each time, at most an hour. */
  private Duration pause(int attempts) {
    ZonedDateTime start = Instant.EPOCH.atZone(ZoneId.of("UTC"));
    Duration first = Duration.between(start, start.plus(properties.retryAfter()));
    Duration pause = first.multipliedBy(1L << Math.min(attempts - 1, 20));
    return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
  }

  private static String shorten(String text) {
    return text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH);
  }

  static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }

  static Timestamp plus(Timestamp time, TemporalAmount amount) {
    ZonedDateTime at = time.toInstant().atZone(ZoneId.systemDefault());
    return Timestamp.from(at.plus(amount).toInstant());
  }

  static Timestamp minus(Timestamp time, TemporalAmount amount) {
    ZonedDateTime at = time.toInstant().atZone(ZoneId.systemDefault());
    return Timestamp.from(at.minus(amount).toInstant());
  }

  private record Outgoing(
      String recipient, String subject, String text, String html, int attempts) {}
}
