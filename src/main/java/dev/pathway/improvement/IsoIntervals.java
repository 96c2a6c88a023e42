package dev.pathway.improvement;

import java.time.Period;
import java.time.format.DateTimeParseException;

/** The planned intervals of clause 8.2: ISO-8601 periods of at least one day, e.g. P1M. */
final class IsoIntervals {

  static final String EXPECTED =
      "is not an ISO-8601 duration of a day or more, such as P2W (fortnightly), P1M (monthly), "
          + "P3M (quarterly) or P1Y (yearly)";

  private IsoIntervals() {}

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
