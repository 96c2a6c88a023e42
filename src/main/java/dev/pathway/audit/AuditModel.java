package dev.pathway.audit;

import dev.pathway.process.ProcessVariable;
import java.util.List;
import java.util.Map;

/**
 * An internal audit, {@code bpmn/internal-audit.bpmn}: one process called by the Phase 3 full
 * internal audit and by each internal audit cycle after Phase 3, with one form ({@code
 * forms/internal-audit.form}): the plan, the auditors and the findings as items, the report kept as
 * a record.
 */
public final class AuditModel {

  public static final String KEY = "internal-audit";

  // elements, named by kind
  public static final String AUDIT_TASK = "internalAudit";
  public static final String KEEP_REPORT_SERVICE_TASK = "keepAuditReport";

  /** Why the audit runs: {@link #PHASE_3} or {@link #CYCLE}, passed in by the caller. */
  public static final ProcessVariable<String> AUDIT_OCCASION =
      ProcessVariable.string("auditOccasion");

  /** The full internal audit at the end of Phase 3 (Table 1), called by implementation-phase. */
  public static final String PHASE_3 = "phase-3";

  /** An internal audit of 8.2 b) after Phase 3, called by continual-improvement. */
  public static final String CYCLE = "cycle";

  /** The users of the audit group(s), offered as auditors. */
  public static final ProcessVariable<List<Map<String, String>>> AUDITOR_OPTIONS =
      ProcessVariable.options("auditorOptions");

  /** Earlier audits of the implementation and the nonconformities still open, shown read-only. */
  public static final ProcessVariable<String> AUDIT_HISTORY_TEXT =
      ProcessVariable.string("auditHistoryText");

  public static final ProcessVariable<String> PLANNED_START =
      ProcessVariable.string("plannedStart");
  public static final ProcessVariable<String> PLANNED_END = ProcessVariable.string("plannedEnd");

  /** Items {area, auditor, criteria}: the scope by process area, who audits it, against what. */
  public static final ProcessVariable<List<Map<String, String>>> AUDIT_PLAN =
      ProcessVariable.options("auditPlan");

  /** Items {area, clause, kind, statement, evidence}. */
  public static final ProcessVariable<List<Map<String, String>>> FINDING_ITEMS =
      ProcessVariable.options("auditFindingItems");

  /** The summary of the audit (the key the earlier single-field form used). */
  public static final ProcessVariable<String> AUDIT_SUMMARY =
      ProcessVariable.string("auditFindings");

  /** The id of the audit as kept in {@code pw_audit}, once recorded. */
  public static final ProcessVariable<String> AUDIT_ID = ProcessVariable.string("auditId");

  // the keys of an item of the plan and of a finding
  static final String AREA = "area";
  static final String AUDITOR = "auditor";
  static final String CRITERIA = "criteria";
  static final String CLAUSE = "clause";
  static final String KIND = "kind";
  static final String STATEMENT = "statement";
  static final String EVIDENCE = "evidence";

  /**
   * The forms that hold an audit plan and findings: {@code internal-audit}, and the two it
   * replaced, which the tasks of instances started on earlier model versions still show.
   */
  static final List<String> FORMS =
      List.of("internal-audit", "full-internal-audit", "improvement-internal-audit");

  private AuditModel() {}
}
