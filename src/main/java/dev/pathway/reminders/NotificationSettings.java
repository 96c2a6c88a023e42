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
 * What each person chose ({@code pw_notification_settings}): on or off, address, calendar token.
 */
@Repository
class NotificationSettings {

  record Settings(String userId, boolean enabled, String email, boolean hasCalendarToken) {}

  private final JdbcTemplate jdbc;

  NotificationSettings(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A person who never chose has notifications on, to their Camunda e-mail address. */
  Settings of(String userId) {
    List<Settings> found =
        jdbc.query(
            "SELECT user_id, enabled, email, calendar_token_hash FROM pw_notification_settings"
                + " WHERE user_id = ?",
            (rs, row) ->
                new Settings(
                    rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getString(4) != null),
            userId);
    return found.isEmpty() ? new Settings(userId, true, null, false) : found.get(0);
  }

  void save(String userId, boolean enabled, String email) {
    ensure(userId);
    jdbc.update(
        "UPDATE pw_notification_settings SET enabled = ?, email = ? WHERE user_id = ?",
        enabled,
        email,
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
