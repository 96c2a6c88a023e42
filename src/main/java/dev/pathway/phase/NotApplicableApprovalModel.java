package dev.pathway.phase;

import dev.pathway.process.ProcessVariable;

/**
 * The implementation board's decision on an activity recorded as not applicable, {@code
 * bpmn/not-applicable-approval.bpmn}: "not applicable" is decided, not declared; until a member of
 * the board approves it, the activity counts as open and is carried over.
 */
public final class NotApplicableApprovalModel {

  public static final String KEY = "not-applicable-approval";

  // elements, named by kind
  public static final String DECISION_TASK = "decideNotApplicable";
  public static final String APPROVED_END = "notApplicableApproved";
  public static final String REFUSED_END = "notApplicableRefused";

  // given at the start
  public static final ProcessVariable<String> ACTIVITY_RECORD_ID =
      ProcessVariable.string("activityRecordId");
  public static final ProcessVariable<String> ACTIVITY_LABEL =
      ProcessVariable.string("activityLabel");
  public static final ProcessVariable<String> ACTIVITY_TEXT =
      ProcessVariable.string("activityText");
  public static final ProcessVariable<String> AREA_NAME = ProcessVariable.string("areaName");
  public static final ProcessVariable<String> RECORDED_BY = ProcessVariable.string("recordedBy");
  public static final ProcessVariable<String> RECORDED_JUSTIFICATION =
      ProcessVariable.string("recordedJustification");

  // not-applicable-decision.form
  public static final ProcessVariable<NotApplicableDecision> DECISION =
      ProcessVariable.valueOf("notApplicableDecision", NotApplicableDecision.class);
  public static final ProcessVariable<String> REFUSAL_REASON =
      ProcessVariable.string("notApplicableRefusalReason");

  private NotApplicableApprovalModel() {}
}
