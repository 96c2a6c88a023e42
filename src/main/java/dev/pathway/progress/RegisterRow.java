package dev.pathway.progress;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One line of the requirements register: a Table B.1 activity in one of its phases, with what was
 * last recorded for it there (outcome "open" while nothing is) and, for "not applicable", the
 * implementation board's decision: pending, approved or refused, by whom, when and why.
 */
@JsonPropertyOrder({
  "areaId",
  "area",
  "activityId",
  "label",
  "text",
  "phase",
  "outcome",
  "evidence",
  "documents",
  "justification",
  "completedBy",
  "completedAt",
  "notApplicableDecision",
  "decidedBy",
  "decidedAt",
  "refusalReason"
})
public record RegisterRow(
    String areaId,
    String area,
    String activityId,
    String label,
    String text,
    int phase,
    String outcome,
    String evidence,
    String documents,
    String justification,
    String completedBy,
    String completedAt,
    String notApplicableDecision,
    String decidedBy,
    String decidedAt,
    String refusalReason) {}
