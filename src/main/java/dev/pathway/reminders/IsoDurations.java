package dev.pathway.reminders;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;

/**
 * ISO-8601 durations as configuration writes them: a period ({@code P5D}, {@code P1M}) or a time
 * ({@code PT4H}).
 */
final class IsoDurations {

  static final String EXPECTED = "is not an ISO-8601 duration (e.g. P5D, P2W, P1M, PT4H)";

  private IsoDurations() {}

  /** The amount, or an {@link IllegalArgumentException} that names the property. */
  static TemporalAmount parse(String property, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(property + " is empty: it " + EXPECTED.substring(3));
    }
    String text = value.strip();
    try {
      return text.contains("T") ? Duration.parse(text) : Period.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(property + ": '" + text + "' " + EXPECTED);
    }
  }
}
