package dev.pathway.progress;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One line of the requirements register: a Table B.1 activity in one of its phases, with what was
 * last recorded for it there (outcome "open" while nothing is).
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
  "completedAt"
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
    String completedAt) {}
