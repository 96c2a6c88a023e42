package dev.pathway.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * When the current phase's activities will all be recorded, at the pace kept since the phase
 * started: {@code recorded} activities in {@code elapsedDays} days is a rate per day; the {@code
 * open} ones at that rate take {@code open / rate} more days from today. No forecast while nothing
 * is recorded (no pace yet). Against the target end: {@code daysLate} > 0 means behind.
 *
 * @param method how the date was reached, in words, for the page to show
 */
record Forecast(
    LocalDate forecastEnd,
    Double ratePerDay,
    int recorded,
    int open,
    Double elapsedDays,
    Long daysLate,
    String status,
    String method) {

  /** Below a day of work, the pace is taken over one day (a first morning is not a rate). */
  private static final double MINIMUM_ELAPSED_DAYS = 1.0;

  static Forecast of(int planned, int open, Instant phaseStart, LocalDate targetEnd, Instant now) {
    int recorded = planned - open;
    LocalDate today = LocalDate.ofInstant(now, ZoneId.systemDefault());
    if (open == 0) {
      return new Forecast(
          today,
          null,
          recorded,
          0,
          null,
          late(today, targetEnd),
          "complete",
          "Every planned activity of the phase is recorded.");
    }
    if (phaseStart == null || recorded <= 0) {
      return new Forecast(
          null,
          null,
          recorded,
          open,
          null,
          null,
          "no-pace-yet",
          "No forecast yet: no activity of the phase is recorded, so there is no pace to go by.");
    }
    double days =
        Duration.between(phaseStart, now).toMinutes() / (double) Duration.ofDays(1).toMinutes();
    double elapsed = Math.max(MINIMUM_ELAPSED_DAYS, days);
    double rate = recorded / elapsed;
    long daysNeeded = (long) Math.ceil(open / rate);
    LocalDate end = today.plusDays(daysNeeded);
    Long daysLate = late(end, targetEnd);
    String since =
        days < MINIMUM_ELAPSED_DAYS ? "under a day (counted as one)" : plain(elapsed) + " days";
    return new Forecast(
        end,
        round(rate),
        recorded,
        open,
        round(elapsed),
        daysLate,
        daysLate == null ? "no-target" : daysLate > 0 ? "behind" : "on-track",
        ("%d of %d activities recorded in %s since the phase started (%s a day);"
                + " the %d open at that pace take %d more days.")
            .formatted(recorded, planned, since, plain(rate), open, daysNeeded));
  }

  private static Long late(LocalDate end, LocalDate targetEnd) {
    return targetEnd == null ? null : ChronoUnit.DAYS.between(targetEnd, end);
  }

  /** The moment a phase's activities fall due: the start of its target end day. */
  static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneId.systemDefault()).toInstant();
  }

  static double round(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(round(value)).stripTrailingZeros().toPlainString();
  }
}
