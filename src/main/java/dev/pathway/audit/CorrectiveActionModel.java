package dev.pathway.audit;

import dev.pathway.improvement.Effectiveness;
import dev.pathway.process.ProcessVariable;
import java.util.List;
import java.util.Map;

/**
 * A corrective action for a nonconformity found by an internal audit, {@code
 * bpmn/corrective-action.bpmn}: correction, root cause and corrective action with an owner and a
 * due date, the action taken, and verification of its effectiveness by the audit group; not
 * effective → planned again. Started for each nonconformity with {@code
 * ProgrammeModel.IMPLEMENTATION_ID}, {@link #FINDING_ID}, {@link #FINDING_AREA} and {@link
 * #FINDING_TEXT}; the finding closes when the action is verified effective.
 */
public final class CorrectiveActionModel {

  public static final String KEY = "corrective-action";

  // elements, named by kind
  public static final String PLAN_TASK = "planCorrectiveAction";
  public static final String TAKE_ACTION_TASK = "takeCorrectiveAction";
  public static final String VERIFY_TASK = "verifyCorrectiveAction";
  public static final String CLOSED_END = "nonconformityClosed";

  public static final ProcessVariable<String> FINDING_ID = ProcessVariable.string("findingId");
  public static final ProcessVariable<String> FINDING_AREA = ProcessVariable.string("findingArea");

  /** The finding as the tasks show it: kind, area, clause, statement and evidence. */
  public static final ProcessVariable<String> FINDING_TEXT = ProcessVariable.string("findingText");

  // corrective-action-plan.form
  public static final ProcessVariable<String> CORRECTION = ProcessVariable.string("correction");
  public static final ProcessVariable<String> ROOT_CAUSE = ProcessVariable.string("rootCause");
  public static final ProcessVariable<String> CORRECTIVE_ACTION =
      ProcessVariable.string("correctiveAction");
  public static final ProcessVariable<String> ACTION_OWNER = ProcessVariable.string("actionOwner");
  public static final ProcessVariable<String> ACTION_DUE_DATE =
      ProcessVariable.string("actionDueDate");
  public static final ProcessVariable<List<Map<String, String>>> OWNER_OPTIONS =
      ProcessVariable.options("ownerOptions");

  // corrective-action-taken.form
  public static final ProcessVariable<String> ACTION_TAKEN = ProcessVariable.string("actionTaken");

  /** What was planned and done, shown to the verification. */
  public static final ProcessVariable<String> ACTION_SUMMARY_TEXT =
      ProcessVariable.string("actionSummaryText");

  // corrective-action-verification.form
  public static final ProcessVariable<Effectiveness> VERIFICATION =
      ProcessVariable.valueOf("verification", Effectiveness.class);
  public static final ProcessVariable<String> VERIFICATION_NOTES =
      ProcessVariable.string("verificationNotes");

  private CorrectiveActionModel() {}
}
