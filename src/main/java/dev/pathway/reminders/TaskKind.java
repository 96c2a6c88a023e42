package dev.pathway.reminders;

import dev.pathway.phase.GateModel;

/** What kind of work a user task is, for its time limit ({@code pathway.due-dates.*}). */
public enum TaskKind {
  APPROVAL("approval"),
  GATE_VOTE("gate-vote"),
  ANALYSIS("analysis"),
  REVIEW("review"),
  ESCALATION("escalation"),
  TASK("task");

  private final String property;

  TaskKind(String property) {
    this.property = property;
  }

  /** The name under {@code pathway.due-dates}. */
  public String property() {
    return property;
  }

  /** By the task's id in its model: ids name the kind ("…Decision", "…Analysis", "…Review"). */
  public static TaskKind of(String taskDefinitionKey) {
    String key = taskDefinitionKey == null ? "" : taskDefinitionKey;
    if (key.equals(GateModel.BOARD_VOTE_TASK)) {
      return GATE_VOTE;
    }
    if (key.endsWith("Escalation")) {
      return ESCALATION;
    }
    if (key.endsWith("Decision") || key.startsWith("approve")) {
      return APPROVAL;
    }
    if (key.endsWith("Analysis") || key.equals("impactAssessment")) {
      return ANALYSIS;
    }
    if (key.toLowerCase(java.util.Locale.ROOT).contains("review")) {
      return REVIEW;
    }
    return TASK;
  }

  /** By its name under {@code pathway.due-dates} (as the models' timers name it). */
  public static TaskKind ofProperty(String property) {
    for (TaskKind kind : values()) {
      if (kind.property.equals(property)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("No kind of task '" + property + "'");
  }
}
