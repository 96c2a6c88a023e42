package dev.pathway.improvement;

import dev.pathway.process.ProcessVariable;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Continual improvement after Phase 3, {@code bpmn/continual-improvement.bpmn} (clause 8):
 * continuing governance, and the Plan-Do-Check-Act cycles of 8.2 on planned intervals. Started by
 * the programme's hand-over with {@code ProgrammeModel.IMPLEMENTATION_ID}, the service provider and
 * the scope, under the programme's business key.
 */
public final class ContinualImprovementModel {

  public static final String KEY = "continual-improvement";

  /** Ends continual improvement, e.g. when the service provider leaves the programme. */
  public static final String ENDED_MESSAGE = "ContinualImprovementEnded";

  // elements, named by kind
  public static final String CONTINUING_GOVERNANCE_TASK = "continuingGovernance";
  public static final String MONITORING_TASK = "monitoringCycle";

  /** Calls {@code internal-audit}; its task is {@code AuditModel.AUDIT_TASK}. */
  public static final String INTERNAL_AUDIT_CALL = "internalAuditCycle";

  public static final String MANAGEMENT_REVIEW_TASK = "managementReviewCycle";
  public static final String MONITORING_TIMER = "monitoringDue";
  public static final String INTERNAL_AUDIT_TIMER = "internalAuditDue";
  public static final String MANAGEMENT_REVIEW_TIMER = "managementReviewDue";

  // continuing-governance.form
  public static final ProcessVariable<String> ACCOUNTABLE_SENIOR_MANAGER =
      ProcessVariable.string("accountableSeniorManager");
  public static final ProcessVariable<String> GOVERNANCE_GROUP_MEMBERS =
      ProcessVariable.string("governanceGroupMembers");

  /** The members of the governance group who use Pathway: candidates of the management reviews. */
  public static final ProcessVariable<List<String>> GOVERNANCE_GROUP_USERS =
      ProcessVariable.stringList("governanceGroupUsers");

  public static final ProcessVariable<List<Map<String, String>>> GOVERNANCE_GROUP_USER_OPTIONS =
      ProcessVariable.options("governanceGroupUserOptions");

  /** Top management's members, offered as the accountable senior manager. */
  public static final ProcessVariable<List<Map<String, String>>>
      ACCOUNTABLE_SENIOR_MANAGER_OPTIONS =
          ProcessVariable.options("accountableSeniorManagerOptions");

  public static final ProcessVariable<String> MONITORING_INTERVAL =
      ProcessVariable.string("monitoringInterval");
  public static final ProcessVariable<String> INTERNAL_AUDIT_INTERVAL =
      ProcessVariable.string("internalAuditInterval");
  public static final ProcessVariable<String> MANAGEMENT_REVIEW_INTERVAL =
      ProcessVariable.string("managementReviewInterval");

  // improvement-monitoring.form
  public static final ProcessVariable<String> PERFORMANCE_SUMMARY =
      ProcessVariable.string("performanceSummary");
  public static final ProcessVariable<String> TARGETS_MET = ProcessVariable.string("targetsMet");
  public static final ProcessVariable<String> FINDINGS = ProcessVariable.string("findings");

  // internal-audit.form in a cycle
  // (its audit plan and findings: dev.pathway.audit.AuditModel)

  // improvement-management-review.form
  public static final ProcessVariable<String> REVIEW_INPUTS =
      ProcessVariable.string("reviewInputs");
  public static final ProcessVariable<String> REVIEW_DECISIONS =
      ProcessVariable.string("reviewDecisions");
  public static final ProcessVariable<Boolean> SMS_STILL_SUITABLE =
      ProcessVariable.bool("smsStillSuitable");

  // the cycles of each kind: how many ran, and when the last and the next one are due
  public static final ProcessVariable<Integer> MONITORING_CYCLE =
      ProcessVariable.integer("monitoringCycle");
  public static final ProcessVariable<Integer> INTERNAL_AUDIT_CYCLE =
      ProcessVariable.integer("internalAuditCycle");
  public static final ProcessVariable<Integer> MANAGEMENT_REVIEW_CYCLE =
      ProcessVariable.integer("managementReviewCycle");
  public static final ProcessVariable<Date> MONITORING_PREVIOUS_DUE =
      ProcessVariable.date("monitoringPreviousDue");
  public static final ProcessVariable<Date> INTERNAL_AUDIT_PREVIOUS_DUE =
      ProcessVariable.date("internalAuditPreviousDue");
  public static final ProcessVariable<Date> MANAGEMENT_REVIEW_PREVIOUS_DUE =
      ProcessVariable.date("managementReviewPreviousDue");
  public static final ProcessVariable<Date> MONITORING_NEXT_DUE =
      ProcessVariable.date("monitoringNextDue");
  public static final ProcessVariable<Date> INTERNAL_AUDIT_NEXT_DUE =
      ProcessVariable.date("internalAuditNextDue");
  public static final ProcessVariable<Date> MANAGEMENT_REVIEW_NEXT_DUE =
      ProcessVariable.date("managementReviewNextDue");

  /** What a cycle's task shows: its number and interval. */
  public static final ProcessVariable<String> CYCLE_TEXT = ProcessVariable.string("cycleText");

  private ContinualImprovementModel() {}
}
