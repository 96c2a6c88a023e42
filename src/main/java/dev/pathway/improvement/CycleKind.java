package dev.pathway.improvement;

import java.util.Arrays;

/** The activities of clause 8.2 that run on planned intervals after Phase 3. */
public enum CycleKind {
  MONITORING("monitoring", "Monitoring of services and process performance", "8.2 a", "monitoringInterval"),
  INTERNAL_AUDIT("internal-audit", "Internal audit", "8.2 b", "internalAuditInterval"),
  MANAGEMENT_REVIEW("management-review", "Management review", "8.2 b", "managementReviewInterval");

  private final String id;
  private final String title;
  private final String clause;
  private final String intervalVariable;

  CycleKind(String id, String title, String clause, String intervalVariable) {
    this.id = id;
    this.title = title;
    this.clause = clause;
    this.intervalVariable = intervalVariable;
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

  /** The process variable holding the ISO-8601 interval; the timer of the next cycle reads it. */
  public String intervalVariable() {
    return intervalVariable;
  }

  String cycleVariable() {
    return intervalVariable.replace("Interval", "Cycle");
  }

  /** The BPMN id of the timer that waits for the next cycle, e.g. monitoringDue. */
  public String timerId() {
    return intervalVariable.replace("Interval", "Due");
  }

  public static CycleKind of(String id) {
    return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No improvement cycle '" + id + "'"));
  }
}
