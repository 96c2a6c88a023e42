package dev.pathway.phase;

import dev.pathway.process.ProcessVariable;
import java.util.List;
import java.util.Map;

/**
 * One phase of Annex B, {@code bpmn/implementation-phase.bpmn}: plan (tailoring, carry-over),
 * adjust the plan, one multi-instance user task per process area over its planned Table B.1
 * activities, in Phase 3 the full internal audit, then the gate ({@link GateModel}).
 *
 * <p>Contract with the phased plan: it receives {@code ProgrammeModel.IMPLEMENTATION_ID}, {@link
 * #PHASE}, {@code ProgrammeModel.CURRENT_STATES}, {@link #TARGET_END}, {@link #CARRY_OVER} and
 * {@link #PREVIOUS_ACHIEVEMENT_SUMMARY}; it returns {@link #CARRY_OVER} and {@link
 * #ACHIEVEMENT_SUMMARY_FOR_NEXT_PHASE}.
 */
public final class PhaseModel {

  public static final String KEY = "implementation-phase";

  // elements, named by kind; each process area's multi-instance user task ends with "Activities"
  public static final String PLAN_PHASE_SERVICE_TASK = "planPhase";
  public static final String PLAN_ADJUSTMENT_TASK = "phasePlanAdjustment";

  /** Calls {@code internal-audit} in Phase 3; its task is {@code AuditModel.AUDIT_TASK}. */
  public static final String FULL_INTERNAL_AUDIT_CALL = "fullInternalAudit";

  public static final String CONFORMITY_ASSESSMENT_PREPARATION_TASK =
      "conformityAssessmentPreparation";
  public static final String PLAN_EXTENSION_SERVICE_TASK = "planExtension";
  public static final String PHASE_COMPLETED_END = "phaseCompleted";
  private static final String AREA_TASK_SUFFIX = "Activities";

  // received from the phased plan
  public static final ProcessVariable<Integer> PHASE = ProcessVariable.integer("phase");

  /**
   * The phase's target end (YYYY-MM-DD), the due date of its activity tasks; none when not planned.
   */
  public static final ProcessVariable<String> TARGET_END = ProcessVariable.string("targetEnd");

  /**
   * Activity ids the previous phase did not finish or moved on; in turn, what this phase hands on.
   */
  public static final ProcessVariable<List<String>> CARRY_OVER =
      ProcessVariable.stringList("carryOver");

  public static final ProcessVariable<String> PREVIOUS_ACHIEVEMENT_SUMMARY =
      ProcessVariable.string("previousAchievementSummary");

  /** The achievement analysis, shown to the next phase's plan adjustment. */
  public static final ProcessVariable<String> ACHIEVEMENT_SUMMARY_FOR_NEXT_PHASE =
      ProcessVariable.string("achievementSummaryForNextPhase");

  // the plan of the phase
  /** 1 for the phase as planned; each extension by the board adds a round. */
  public static final ProcessVariable<Integer> ROUND = ProcessVariable.integer("round");

  public static final ProcessVariable<String> PHASE_OBJECTIVES =
      ProcessVariable.string("phaseObjectives");
  public static final ProcessVariable<String> PLAN_SUMMARY = ProcessVariable.string("planSummary");
  public static final ProcessVariable<String> CARRIED_OVER_SUMMARY =
      ProcessVariable.string("carriedOverSummary");
  public static final ProcessVariable<Integer> PLANNED_ACTIVITY_COUNT =
      ProcessVariable.integer("plannedActivityCount");
  public static final ProcessVariable<List<Map<String, String>>> PLANNED_ACTIVITY_OPTIONS =
      ProcessVariable.options("plannedActivityOptions");

  // each activity task: the multi-instance element, then what the task shows (task-local)
  public static final ProcessVariable<String> ACTIVITY_ID = ProcessVariable.string("activityId");
  public static final ProcessVariable<String> ACTIVITY_REFERENCE =
      ProcessVariable.string("activityReference");
  public static final ProcessVariable<String> KEY_CHARACTERISTICS =
      ProcessVariable.string("keyCharacteristics");
  public static final ProcessVariable<String> PLAN_NOTE = ProcessVariable.string("planNote");

  // phase-activity.form
  public static final ProcessVariable<Outcome> OUTCOME =
      ProcessVariable.valueOf("outcome", Outcome.class);
  public static final ProcessVariable<String> EVIDENCE = ProcessVariable.string("evidence");

  /** What earlier phases and rounds recorded for the activity, shown on its form. */
  public static final ProcessVariable<String> EARLIER_RECORDS =
      ProcessVariable.string("earlierRecords");

  public static final ProcessVariable<String> EVIDENCE_DOCUMENTS =
      ProcessVariable.string("evidenceDocuments");
  public static final ProcessVariable<String> JUSTIFICATION =
      ProcessVariable.string("justification");
  public static final ProcessVariable<String> NOTES = ProcessVariable.string("notes");

  // phase-plan-adjustment.form
  public static final ProcessVariable<String> PLAN_ADJUSTMENT_NOTES =
      ProcessVariable.string("planAdjustmentNotes");
  public static final ProcessVariable<List<String>> DEFERRED_ACTIVITIES =
      ProcessVariable.stringList("deferredActivities");
  public static final ProcessVariable<Boolean> PLAN_CONFIRMED =
      ProcessVariable.bool("planConfirmed");

  // internal-audit.form, returned by the full internal audit (its plan and findings: AuditModel)
  public static final ProcessVariable<String> AUDIT_FINDINGS =
      ProcessVariable.string("auditFindings");

  /** How many nonconformities the full internal audit found, counted from its findings. */
  public static final ProcessVariable<Integer> NONCONFORMITIES_FOUND =
      ProcessVariable.integer("nonconformitiesFound");

  public static final ProcessVariable<AuditConclusion> AUDIT_CONCLUSION =
      ProcessVariable.valueOf("auditConclusion", AuditConclusion.class);

  /** Further audit documents kept elsewhere (optional): the report itself is kept by Pathway. */
  public static final ProcessVariable<String> AUDIT_REPORT_REFERENCE =
      ProcessVariable.string("auditReportReference");

  // conformity-assessment-preparation.form
  public static final ProcessVariable<String> ASSESSMENT_BODY =
      ProcessVariable.string("assessmentBody");
  public static final ProcessVariable<String> ASSESSMENT_TARGET_DATE =
      ProcessVariable.string("assessmentTargetDate");
  public static final ProcessVariable<String> CORRECTIVE_ACTIONS =
      ProcessVariable.string("correctiveActions");
  public static final ProcessVariable<Boolean> READY_FOR_ASSESSMENT =
      ProcessVariable.bool("readyForAssessment");
  public static final ProcessVariable<String> AUDIT_CONCLUSION_TEXT =
      ProcessVariable.string("auditConclusionText");

  private PhaseModel() {}

  /** Whether a task is the Table B.1 activity task of a process area. */
  public static boolean isActivityTask(String taskDefinitionKey) {
    return taskDefinitionKey.endsWith(AREA_TASK_SUFFIX);
  }
}
