package dev.pathway.improvement;

import dev.pathway.process.Approval;
import dev.pathway.process.ProcessVariable;
import java.util.List;
import java.util.Map;

/**
 * An improvement action, {@code bpmn/improvement-action.bpmn} (Table B.1 Improvement programme):
 * prioritised and planned, approved, implemented, checked for effectiveness. Started for a finding
 * with {@code ProgrammeModel.IMPLEMENTATION_ID}, {@link #FINDING_TEXT} and {@link #FINDING_SOURCE}.
 */
public final class ImprovementActionModel {

  public static final String KEY = "improvement-action";

  // elements, named by kind
  public static final String PLAN_TASK = "planImprovement";
  public static final String APPROVE_TASK = "approveImprovement";
  public static final String IMPLEMENT_TASK = "implementImprovement";
  public static final String CHECK_EFFECTIVENESS_TASK = "checkEffectiveness";
  public static final String APPROVAL_LATE_TIMER = "improvementApprovalLateTimer";
  public static final String APPROVAL_ESCALATION_TASK = "improvementApprovalEscalation";

  public static final ProcessVariable<String> FINDING_TEXT = ProcessVariable.string("findingText");
  public static final ProcessVariable<String> FINDING_SOURCE =
      ProcessVariable.string("findingSource");

  // improvement-action-plan.form
  public static final ProcessVariable<Priority> PRIORITY =
      ProcessVariable.valueOf("priority", Priority.class);
  public static final ProcessVariable<String> IMPROVEMENT_OWNER =
      ProcessVariable.string("improvementOwner");

  /** The process owners, offered as improvement owner. */
  public static final ProcessVariable<List<Map<String, String>>> IMPROVEMENT_OWNER_OPTIONS =
      ProcessVariable.options("improvementOwnerOptions");

  public static final ProcessVariable<String> TARGET_DATE = ProcessVariable.string("targetDate");
  public static final ProcessVariable<String> IMPROVEMENT_TARGET =
      ProcessVariable.string("improvementTarget");
  public static final ProcessVariable<String> IMPROVEMENT_PLAN =
      ProcessVariable.string("improvementPlan");

  // improvement-action-approval.form: service improvement management or top management approve
  // the planned improvement before it is implemented (Table B.1 Improvement programme c))
  public static final ProcessVariable<Approval> IMPROVEMENT_APPROVAL =
      ProcessVariable.valueOf("improvementApproval", Approval.class);
  public static final ProcessVariable<String> APPROVAL_RETURN_REASON =
      ProcessVariable.string("improvementApprovalReason");

  /** The plan as the approval shows it. */
  public static final ProcessVariable<String> IMPROVEMENT_PLAN_TEXT =
      ProcessVariable.string("improvementPlanText");

  // improvement-action-implementation.form
  public static final ProcessVariable<String> IMPLEMENTATION_NOTES =
      ProcessVariable.string("implementationNotes");
  public static final ProcessVariable<Boolean> IMPLEMENTED = ProcessVariable.bool("implemented");

  // improvement-effectiveness-check.form
  public static final ProcessVariable<String> MEASURED_RESULT =
      ProcessVariable.string("measuredResult");
  public static final ProcessVariable<Effectiveness> EFFECTIVENESS =
      ProcessVariable.valueOf("effectiveness", Effectiveness.class);
  public static final ProcessVariable<String> EFFECTIVENESS_RETURN_REASON =
      ProcessVariable.string("effectivenessReturnReason");

  private ImprovementActionModel() {}
}
