package dev.pathway.phase;

import dev.pathway.process.ProcessVariable;
import java.util.List;
import java.util.Map;

/**
 * The gate at the end of each phase, in the phase model: the achievement analysis, the exit
 * decision ({@code dmn/phase-exit.dmn}) and the implementation board's votes.
 */
public final class GateModel {

  // elements, named by kind
  public static final String ACHIEVEMENT_ANALYSIS_TASK = "achievementAnalysis";
  public static final String EXIT_RULE = "phaseExitEvaluation";
  public static final String BOARD_VOTE_TASK = "phaseGateDecision";

  // the achievement analysis: what the phase achieved, shown and answered
  public static final ProcessVariable<String> ACHIEVEMENT_RESULTS_TEXT =
      ProcessVariable.string("achievementResultsText");
  public static final ProcessVariable<String> UNFINISHED_ACTIVITIES_TEXT =
      ProcessVariable.string("unfinishedActivitiesText");

  /** The Table 2 key characteristics of the phase: value "area-id#n", label "Area: text". */
  public static final ProcessVariable<List<Map<String, String>>> KEY_CHARACTERISTIC_OPTIONS =
      ProcessVariable.options("keyCharacteristicOptions");

  // achievement-analysis.form
  public static final ProcessVariable<List<String>> KEY_CHARACTERISTICS_MET =
      ProcessVariable.stringList("keyCharacteristicsMet");
  public static final ProcessVariable<String> ACHIEVEMENT_ANALYSIS_SUMMARY =
      ProcessVariable.string("achievementAnalysisSummary");
  public static final ProcessVariable<String> PLAN_ADJUSTMENTS_FOR_NEXT_PHASE =
      ProcessVariable.string("planAdjustmentsForNextPhase");
  // the inputs of the exit decision
  public static final ProcessVariable<Integer> ACTIVITY_COUNT =
      ProcessVariable.integer("activityCount");
  public static final ProcessVariable<Integer> UNFINISHED_COUNT =
      ProcessVariable.integer("unfinishedCount");
  public static final ProcessVariable<Double> UNFINISHED_SHARE =
      ProcessVariable.decimal("unfinishedShare");
  public static final ProcessVariable<Integer> KEY_CHARACTERISTICS_UNMET =
      ProcessVariable.integer("keyCharacteristicsUnmet");
  public static final ProcessVariable<Double> KEY_CHARACTERISTICS_UNMET_SHARE =
      ProcessVariable.decimal("keyCharacteristicsUnmetShare");

  /**
   * The areas with a key characteristic of the phase not met: an extension plans their activities
   * again.
   */
  public static final ProcessVariable<List<String>> AREAS_WITH_UNMET_CHARACTERISTICS =
      ProcessVariable.stringList("areasWithUnmetCharacteristics");

  // the exit decision and the board's votes
  public static final ProcessVariable<Object> EXIT_DECISION_RESULT =
      ProcessVariable.decisionResult("exitDecisionResult");
  public static final ProcessVariable<ExitDecision> EXIT_DECISION =
      ProcessVariable.valueOf("exitDecision", ExitDecision.class);
  public static final ProcessVariable<String> EXIT_DECISION_TEXT =
      ProcessVariable.string("exitDecisionText");
  public static final ProcessVariable<String> GATE_ID = ProcessVariable.string("gateId");
  public static final ProcessVariable<Integer> APPROVALS_REQUIRED =
      ProcessVariable.integer("approvalsRequired");

  /** True until a board member rejects: the gate's outcome. */
  public static final ProcessVariable<Boolean> GATE_APPROVED = ProcessVariable.bool("gateApproved");

  public static final ProcessVariable<String> GATE_RETURN_REASON =
      ProcessVariable.string("gateReturnReason");

  /** Who completed the achievement analysis: they may not vote on its gate. */
  public static final ProcessVariable<String> ANALYSIS_BY =
      ProcessVariable.string("achievementAnalysisBy");

  // what the engine says of the exit decision it evaluated (MatchedExitRule)
  public static final ProcessVariable<String> EXIT_RULE_ID = ProcessVariable.string("exitRuleId");
  public static final ProcessVariable<String> EXIT_RULE_DESCRIPTION =
      ProcessVariable.string("exitRuleDescription");
  public static final ProcessVariable<Integer> EXIT_TABLE_VERSION =
      ProcessVariable.integer("exitTableVersion");

  /** The gate decision pack as the vote form shows it (task-local). */
  public static final ProcessVariable<String> GATE_PACK_TEXT =
      ProcessVariable.string("gatePackText");

  // phase-gate-vote.form
  public static final ProcessVariable<GateVote> GATE_VOTE =
      ProcessVariable.valueOf("gateVote", GateVote.class);
  public static final ProcessVariable<String> GATE_VOTE_REASON =
      ProcessVariable.string("gateVoteReason");
  public static final ProcessVariable<String> GATE_VOTE_NOTES =
      ProcessVariable.string("gateVoteNotes");

  /** The board's outcome instead of the table's ("" or none: the table's outcome stands). */
  public static final ProcessVariable<String> GATE_OVERRIDE_OUTCOME =
      ProcessVariable.string("gateOverrideOutcome");

  public static final ProcessVariable<String> GATE_OVERRIDE_REASON =
      ProcessVariable.string("gateOverrideReason");

  private GateModel() {}
}
