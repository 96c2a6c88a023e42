package dev.pathway.improvement;

import java.time.Instant;

/**
 * What one completed cycle of 8.2 recorded: monitoring (summary of performance, targets met), an
 * internal audit (scope, findings, nonconformities) or a management review (inputs, decisions,
 * whether the SMS is still suitable).
 *
 * @param kind the cycle's kind id: monitoring, internal-audit, management-review
 * @param summary performance summary, audit scope, or review inputs
 * @param detail the audit's findings, or the review's decisions; null for monitoring
 * @param rating targets met (all, some, none), or "suitable" / "not suitable" after a review
 * @param nonconformities what an internal audit found; null for the other kinds
 * @param findings what the cycle raised as improvement actions
 */
public record CycleResult(
    String kind,
    String title,
    int cycle,
    String completedBy,
    Instant completedAt,
    String summary,
    String detail,
    String rating,
    Integer nonconformities,
    String findings) {}
