package dev.pathway.review;

import dev.pathway.process.ProcessVariable;
import java.util.List;
import java.util.Map;

/**
 * The management review of continual improvement ({@code forms/improvement-management-review.form})
 * with its inputs filled in, and each of its decisions and actions tracked by a {@code
 * review-action} process ({@code bpmn/review-action.bpmn}) for its owner until done.
 */
public final class ReviewModel {

  public static final String ACTION_KEY = "review-action";
  public static final String CARRY_OUT_TASK = "carryOutReviewAction";

  // the inputs, as the review task shows them
  public static final ProcessVariable<String> PERIOD_TEXT =
      ProcessVariable.string("reviewPeriodText");
  public static final ProcessVariable<String> MONITORING_TEXT =
      ProcessVariable.string("reviewMonitoringText");
  public static final ProcessVariable<String> AUDITS_TEXT =
      ProcessVariable.string("reviewAuditsText");
  public static final ProcessVariable<String> NONCONFORMITIES_TEXT =
      ProcessVariable.string("reviewNonconformitiesText");
  public static final ProcessVariable<String> IMPROVEMENTS_TEXT =
      ProcessVariable.string("reviewImprovementsText");
  public static final ProcessVariable<String> EARLIER_DECISIONS_TEXT =
      ProcessVariable.string("reviewEarlierDecisionsText");
  public static final ProcessVariable<String> CHANGES_TEXT =
      ProcessVariable.string("reviewChangesText");

  // the outputs: items {decision, owner, dueDate}
  public static final ProcessVariable<List<Map<String, String>>> ACTION_ITEMS =
      ProcessVariable.options("reviewActionItems");
  public static final ProcessVariable<List<Map<String, String>>> OWNER_OPTIONS =
      ProcessVariable.options("reviewOwnerOptions");

  // review-action: one decision or action for its owner
  public static final ProcessVariable<String> ACTION_ID = ProcessVariable.string("reviewActionId");
  public static final ProcessVariable<String> ACTION_DECISION =
      ProcessVariable.string("reviewDecision");
  public static final ProcessVariable<String> ACTION_OWNER = ProcessVariable.string("actionOwner");
  public static final ProcessVariable<String> ACTION_DUE_DATE =
      ProcessVariable.string("actionDueDate");
  public static final ProcessVariable<String> ACTION_OUTCOME =
      ProcessVariable.string("actionOutcome");

  static final String DECISION = "decision";
  static final String OWNER = "owner";
  static final String DUE_DATE = "dueDate";

  private ReviewModel() {}
}
