package dev.pathway.audit;

import dev.pathway.process.ProcessVariable;
import java.util.List;
import java.util.Map;

/**
 * The variables of an internal audit, the same in the Phase 3 full internal audit ({@code
 * forms/full-internal-audit.form}) and in each internal audit cycle after Phase 3 ({@code
 * forms/improvement-internal-audit.form}): the plan, the auditors and the findings as items.
 */
public final class AuditModel {

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

  /** The forms that hold an audit plan and findings. */
  static final List<String> FORMS = List.of("full-internal-audit", "improvement-internal-audit");

  private AuditModel() {}
}
