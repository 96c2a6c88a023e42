package dev.pathway.phase;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pathway's record of one completed activity task: outcome, evidence, who and when; for "not
 * applicable", the implementation board's decision on it (null for any other outcome).
 */
public record ActivityRecord(
    String taskId,
    String implementationId,
    int phase,
    int round,
    String areaId,
    String activityId,
    Outcome outcome,
    String evidence,
    String justification,
    String notes,
    String completedBy,
    Instant completedAt,
    NotApplicableApproval notApplicable) {

  /**
   * Nothing left to do: achieved, or not applicable as the implementation board approved. Anything
   * else is carried over or done again.
   */
  public boolean isFinished() {
    return outcome == Outcome.ACHIEVED
        || (outcome == Outcome.NOT_APPLICABLE && notApplicable != null && notApplicable.approved());
  }

  private static final Comparator<ActivityRecord> OLDEST_FIRST =
      Comparator.comparingInt(ActivityRecord::phase)
          .thenComparingInt(ActivityRecord::round)
          .thenComparing(ActivityRecord::completedAt);

  /**
   * Activity id → its latest record: a later phase, then a later round, then a later completion
   * wins.
   */
  public static Map<String, ActivityRecord> latestByActivity(Collection<ActivityRecord> records) {
    return records.stream()
        .sorted(OLDEST_FIRST)
        .collect(
            Collectors.toMap(
                ActivityRecord::activityId,
                Function.identity(),
                (earlier, later) -> later,
                LinkedHashMap::new));
  }
}
