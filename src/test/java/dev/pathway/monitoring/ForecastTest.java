package dev.pathway.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The forecast of a phase's end, from the pace kept since it started. */
class ForecastTest {

  private static final Instant NOW = Instant.parse("2027-02-01T12:00:00Z");
  private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneId.systemDefault());

  @Test
  void fourRecordedInFourDaysLeaveSixForSixMoreDays() {
    Forecast forecast = Forecast.of(10, 6, NOW.minus(Duration.ofDays(4)), TODAY.plusDays(3), NOW);

    assertThat(forecast.ratePerDay()).isEqualTo(1.0);
    assertThat(forecast.forecastEnd()).isEqualTo(TODAY.plusDays(6));
    assertThat(forecast.daysLate()).isEqualTo(3);
    assertThat(forecast.status()).isEqualTo("behind");
    assertThat(forecast.method())
        .isEqualTo(
            "4 of 10 activities recorded in 4 days since the phase started (1 a day);"
                + " the 6 open at that pace take 6 more days.");
  }

  @Test
  void aheadOfTheTargetIsOnTrackAndWithoutOneThereIsNothingToCompare() {
    Instant start = NOW.minus(Duration.ofDays(2));
    assertThat(Forecast.of(10, 2, start, TODAY.plusDays(30), NOW).status()).isEqualTo("on-track");
    assertThat(Forecast.of(10, 2, start, null, NOW).status()).isEqualTo("no-target");
  }

  @Test
  void aFirstMorningCountsAsOneDay() {
    Forecast forecast = Forecast.of(10, 5, NOW.minus(Duration.ofHours(2)), null, NOW);
    assertThat(forecast.ratePerDay()).isEqualTo(5.0);
    assertThat(forecast.method()).contains("in under a day (counted as one)");
  }

  @Test
  void noPaceBeforeTheFirstRecordAndNothingLeftOnceAllAreRecorded() {
    Forecast none = Forecast.of(10, 10, NOW.minus(Duration.ofDays(3)), TODAY, NOW);
    assertThat(none.forecastEnd()).isNull();
    assertThat(none.status()).isEqualTo("no-pace-yet");

    Forecast complete = Forecast.of(10, 0, NOW.minus(Duration.ofDays(3)), TODAY.minusDays(2), NOW);
    assertThat(complete.status()).isEqualTo("complete");
    assertThat(complete.forecastEnd()).isEqualTo(TODAY);
    assertThat(complete.daysLate()).isEqualTo(2);
  }
}
