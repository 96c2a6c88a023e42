package dev.pathway.reminders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What each person chose ({@code pw_notification_settings}): on or off, which kinds of mail,
 * address, calendar token.
 */
@Repository
class NotificationSettings {

  /** The kinds of mail one can choose, as {@link Reminders} names them. */
  record Kinds(boolean newWork, boolean dueSoon, boolean overdue, boolean weeklySummary) {

    static final Kinds ALL = new Kinds(true, true, true, true);

    boolean includes(String kind) {
      return switch (kind) {
        case Reminders.DIGEST -> newWork;
        case Reminders.DUE_SOON -> dueSoon;
        case Reminders.OVERDUE -> overdue;
        case Reminders.SUMMARY -> weeklySummary;
        default -> true;
      };
    }
  }

  record Settings(
      String userId, boolean enabled, String email, boolean hasCalendarToken, Kinds kinds) {

    /** Whether this person wants mail of this kind. */
    boolean wants(String kind) {
      return enabled && kinds.includes(kind);
    }
  }

  private final JdbcTemplate jdbc;

  NotificationSettings(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A person who never chose has notifications on, to their Camunda e-mail address. */
  Settings of(String userId) {
    List<Settings> found =
        jdbc.query(
            "SELECT user_id, enabled, email, calendar_token_hash, new_work, due_soon, overdue,"
                + " weekly_summary FROM pw_notification_settings WHERE user_id = ?",
            (rs, row) ->
                new Settings(
                    rs.getString(1),
                    rs.getBoolean(2),
                    rs.getString(3),
                    rs.getString(4) != null,
                    new Kinds(
                        rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8))),
            userId);
    return found.isEmpty() ? new Settings(userId, true, null, false, Kinds.ALL) : found.get(0);
  }

  void save(String userId, boolean enabled, String email, Kinds kinds) {
    ensure(userId);
    jdbc.update(
        "UPDATE pw_notification_settings SET enabled = ?, email = ?, new_work = ?, due_soon = ?,"
            + " overdue = ?, weekly_summary = ? WHERE user_id = ?",
        enabled,
        email,
        kinds.newWork(),
        kinds.dueSoon(),
        kinds.overdue(),
        kinds.weeklySummary(),
        userId);
  }

  /** Replaces the person's calendar token (only its hash is kept). */
  void calendarToken(String userId, String token) {
    ensure(userId);
    jdbc.update(
        "UPDATE pw_notification_settings SET calendar_token_hash = ? WHERE user_id = ?",
        token == null ? null : hash(token),
        userId);
  }

  Optional<String> userOfCalendarToken(String token) {
    return jdbc
        .queryForList(
            "SELECT user_id FROM pw_notification_settings WHERE calendar_token_hash = ?",
            String.class,
            hash(token))
        .stream()
        .findFirst();
  }

  /**
   * Takes the person's turn for a digest: true for one caller (of any node) once the interval since
   * the last one has passed.
   */
  boolean takeDigestTurn(String userId, Timestamp now, Timestamp notBefore) {
    ensure(userId);
    return jdbc.update(
            "UPDATE pw_notification_settings SET last_digest_at = ? WHERE user_id = ?"
                + " AND (last_digest_at IS NULL OR last_digest_at <= ?)",
            now,
            userId,
            notBefore)
        == 1;
  }

  private void ensure(String userId) {
    if (jdbc.queryForObject(
            "SELECT COUNT(*) FROM pw_notification_settings WHERE user_id = ?",
            Integer.class,
            userId)
        == 0) {
      try {
        jdbc.update(
            "INSERT INTO pw_notification_settings (user_id, enabled) VALUES (?, ?)", userId, true);
      } catch (DuplicateKeyException insertedMeanwhile) {
        // another request of the same person: the row is there
      }
    }
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
