package dev.pathway.monitoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the overview: an implementation and where its current phase stands.
 *
 * @param kind {@code programme} or {@code scope-extension}
 * @param stage {@code start-up} (Annex A, no phase yet), {@code phase} (activities under way),
 *     {@code at-gate} (the achievement analysis is done and the board decides), {@code implemented}
 *     or {@code ended}
 * @param planned the activities planned in the current phase (all its rounds)
 * @param achieved those whose latest outcome is achieved
 * @param notApplicable those whose latest outcome is not applicable
 * @param open those with no record in the last round that planned them
 * @param overdue the open ones once the phase's target end has passed (their tasks' due date)
 * @param nextGate the gate that ends the current phase
 */
record ImplementationSummary(
    String implementationId,
    String businessKey,
    String kind,
    String serviceProvider,
    String stage,
    Integer phase,
    Integer round,
    int planned,
    int achieved,
    int notApplicable,
    int open,
    int overdue,
    NextGate nextGate,
    LocalDate targetEnd,
    Forecast forecast,
    Instant startedAt) {

  /** Achieved ÷ (planned − not applicable), as a share 0…1; none while nothing applies. */
  @JsonProperty
  public Double achievedShare() {
    int applicable = planned - notApplicable;
    return applicable <= 0 ? null : Forecast.round((double) achieved / applicable);
  }

  /** The exit gate of a phase; {@code decided} once the exit decision waits for the board. */
  record NextGate(int phase, boolean decided) {
    @JsonProperty
    public String name() {
      return "Phase " + phase + " exit";
    }
  }
}
