package dev.pathway.phase;

import java.util.EnumMap;
import java.util.Map;

/**
 * The latest outcomes of one process area's activities in a phase, counted; {@code open} are those
 * whose latest planned round has no record yet, or whose "not applicable" the implementation board
 * has not approved ({@code notApplicableUndecided}: awaiting its decision, or refused).
 */
public record AreaResult(
    String areaId,
    String areaName,
    int planned,
    int open,
    Map<Outcome, Integer> counts,
    int notApplicableUndecided) {

  public AreaResult {
    counts = counts.isEmpty() ? new EnumMap<>(Outcome.class) : new EnumMap<>(counts);
  }

  public int count(Outcome outcome) {
    return counts.getOrDefault(outcome, 0);
  }

  /** Achieved, or not applicable as the implementation board approved: nothing left to do. */
  public int finished() {
    return count(Outcome.ACHIEVED) + count(Outcome.NOT_APPLICABLE) - notApplicableUndecided;
  }

  public int recorded() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
