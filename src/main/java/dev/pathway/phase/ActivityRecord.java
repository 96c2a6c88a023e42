package dev.pathway.phase;

import java.time.Instant;

/** Pathway's record of one completed activity task: outcome, evidence, who and when. */
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
    Instant completedAt) {
}
