package dev.pathway.improvement;

import static dev.pathway.improvement.ContinualImprovementModel.INTERNAL_AUDIT_CYCLE;
import static dev.pathway.improvement.ContinualImprovementModel.INTERNAL_AUDIT_INTERVAL;
import static dev.pathway.improvement.ContinualImprovementModel.INTERNAL_AUDIT_NEXT_DUE;
import static dev.pathway.improvement.ContinualImprovementModel.INTERNAL_AUDIT_PREVIOUS_DUE;
import static dev.pathway.improvement.ContinualImprovementModel.INTERNAL_AUDIT_TIMER;
import static dev.pathway.improvement.ContinualImprovementModel.MANAGEMENT_REVIEW_CYCLE;
import static dev.pathway.improvement.ContinualImprovementModel.MANAGEMENT_REVIEW_INTERVAL;
import static dev.pathway.improvement.ContinualImprovementModel.MANAGEMENT_REVIEW_NEXT_DUE;
import static dev.pathway.improvement.ContinualImprovementModel.MANAGEMENT_REVIEW_PREVIOUS_DUE;
import static dev.pathway.improvement.ContinualImprovementModel.MANAGEMENT_REVIEW_TIMER;
import static dev.pathway.improvement.ContinualImprovementModel.MONITORING_CYCLE;
import static dev.pathway.improvement.ContinualImprovementModel.MONITORING_INTERVAL;
import static dev.pathway.improvement.ContinualImprovementModel.MONITORING_NEXT_DUE;
import static dev.pathway.improvement.ContinualImprovementModel.MONITORING_PREVIOUS_DUE;
import static dev.pathway.improvement.ContinualImprovementModel.MONITORING_TIMER;

import dev.pathway.process.ProcessVariable;
import java.util.Arrays;
import java.util.Date;

/**
 * The activities of clause 8.2 that run on planned intervals after Phase 3, with the variables each
 * one keeps.
 */
public enum CycleKind {
  MONITORING(
      "monitoring",
      "Monitoring of services and process performance",
      "8.2 a",
      MONITORING_INTERVAL,
      MONITORING_CYCLE,
      MONITORING_PREVIOUS_DUE,
      MONITORING_NEXT_DUE,
      MONITORING_TIMER),
  INTERNAL_AUDIT(
      "internal-audit",
      "Internal audit",
      "8.2 b",
      INTERNAL_AUDIT_INTERVAL,
      INTERNAL_AUDIT_CYCLE,
      INTERNAL_AUDIT_PREVIOUS_DUE,
      INTERNAL_AUDIT_NEXT_DUE,
      INTERNAL_AUDIT_TIMER),
  MANAGEMENT_REVIEW(
      "management-review",
      "Management review",
      "8.2 b",
      MANAGEMENT_REVIEW_INTERVAL,
      MANAGEMENT_REVIEW_CYCLE,
      MANAGEMENT_REVIEW_PREVIOUS_DUE,
      MANAGEMENT_REVIEW_NEXT_DUE,
      MANAGEMENT_REVIEW_TIMER);

  private final String id;
  private final String title;
  private final String clause;
  private final ProcessVariable<String> interval;
  private final ProcessVariable<Integer> cycle;
  private final ProcessVariable<Date> previousDue;
  private final ProcessVariable<Date> nextDue;
  private final String timerId;

  CycleKind(
      String id,
      String title,
      String clause,
      ProcessVariable<String> interval,
      ProcessVariable<Integer> cycle,
      ProcessVariable<Date> previousDue,
      ProcessVariable<Date> nextDue,
      String timerId) {
    this.id = id;
    this.title = title;
    this.clause = clause;
    this.interval = interval;
    this.cycle = cycle;
    this.previousDue = previousDue;
    this.nextDue = nextDue;
    this.timerId = timerId;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String clause() {
    return clause;
  }

  /** The ISO-8601 interval; the timer of the next cycle reads it. */
  public ProcessVariable<String> interval() {
    return interval;
  }

  /**
   * The interval typed as an ISO-8601 duration when the form's choice is the expert option
   * "custom".
   */
  ProcessVariable<String> customInterval() {
    return ProcessVariable.string(interval.name() + "Custom");
  }

  /** How many cycles have run. */
  ProcessVariable<Integer> cycle() {
    return cycle;
  }

  /** When the cycle that ran last was due: the anchor of the next one. */
  ProcessVariable<Date> previousDue() {
    return previousDue;
  }

  /** When the next cycle is due. */
  ProcessVariable<Date> nextDue() {
    return nextDue;
  }

  /** The BPMN id of the timer that waits for the next cycle. */
  public String timerId() {
    return timerId;
  }

  public static CycleKind of(String id) {
    return Arrays.stream(values())
        .filter(kind -> kind.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No improvement cycle '" + id + "'"));
  }
}
