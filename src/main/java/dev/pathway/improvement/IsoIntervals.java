package dev.pathway.improvement;

import java.time.Period;
import java.time.format.DateTimeParseException;

/** The planned intervals of clause 8.2: ISO-8601 periods of at least one day, e.g. P1M. */
final class IsoIntervals {

  static final String EXPECTED =
      "is not an ISO-8601 duration of a day or more, such as P2W (fortnightly), P1M (monthly), "
          + "P3M (quarterly) or P1Y (yearly)";

  /** The value of the expert option of the forms: an interval typed as an ISO-8601 duration. */
  static final String CUSTOM = "custom";

  private static final java.util.Map<String, String> NAMED =
      java.util.Map.of(
          "P1M", "every month",
          "P3M", "every quarter",
          "P6M", "every half year",
          "P1Y", "every year",
          "P1W", "every week",
          "P2W", "every fortnight");

  private IsoIntervals() {}

  /** How a person reads an interval: "every quarter", or "every P2M (ISO-8601)" for another. */
  static String describe(String interval) {
    if (interval == null) {
      return "at planned intervals";
    }
    return NAMED.getOrDefault(interval, "every " + interval + " (ISO-8601)");
  }

  static boolean isValid(String interval) {
    if (interval == null
        || !interval.matches("P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?")
        || interval.equals("P")) {
      return false;
    }
    try {
      return !Period.parse(interval).isZero();
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
