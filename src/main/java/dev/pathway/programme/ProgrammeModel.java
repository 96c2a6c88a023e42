package dev.pathway.programme;

import dev.pathway.process.ProcessVariable;
import java.util.List;
import java.util.Map;

/**
 * The programme, {@code bpmn/sms-implementation.bpmn}: start-up project (Annex A), Phase 1 entry
 * decision (Annex B a–e), the phased plan (Annex B) and the hand-over to continual improvement
 * (clause 8). What it holds is what the start-up project returns and the phased plan receives.
 */
public final class ProgrammeModel {

  public static final String KEY = "sms-implementation";

  // elements, named by kind
  public static final String START_UP_PROJECT_CALL = "startUpProject";
  public static final String PHASE_1_ENTRY_RULE = "phase1EntryDecision";
  public static final String READINESS_GAPS_TASK = "readinessGapsDecision";
  public static final String PHASED_PLAN_CALL = "phasedPlan";
  public static final String HAND_OVER_SERVICE_TASK = "handOverToContinualImprovement";
  public static final String SMS_IMPLEMENTED_END = "smsImplemented";

  /**
   * The process instance id of the programme (or of a scope extension): the key of every Pathway
   * record.
   */
  public static final ProcessVariable<String> IMPLEMENTATION_ID =
      ProcessVariable.string("implementationId");

  // the start form
  public static final ProcessVariable<String> SERVICE_PROVIDER =
      ProcessVariable.string("serviceProvider");
  public static final ProcessVariable<String> SCOPE_STATEMENT =
      ProcessVariable.string("scopeStatement");
  public static final ProcessVariable<String> SERVICES_IN_SCOPE =
      ProcessVariable.string("servicesInScope");
  public static final ProcessVariable<String> CUSTOMERS_IN_SCOPE =
      ProcessVariable.string("customersInScope");
  public static final ProcessVariable<String> SUPPLIERS_IN_SCOPE =
      ProcessVariable.string("suppliersInScope");

  /** Target end dates of the phases (YYYY-MM-DD): the due date of the phase's activity tasks. */
  public static final ProcessVariable<String> TARGET_END_PHASE_1 =
      ProcessVariable.string("targetEndPhase1");

  public static final ProcessVariable<String> TARGET_END_PHASE_2 =
      ProcessVariable.string("targetEndPhase2");
  public static final ProcessVariable<String> TARGET_END_PHASE_3 =
      ProcessVariable.string("targetEndPhase3");

  // returned by the start-up project
  public static final ProcessVariable<String> SERVICE_OWNERS =
      ProcessVariable.string("serviceOwners");
  public static final ProcessVariable<String> PROCESS_OWNERS =
      ProcessVariable.string("processOwners");

  /**
   * Process area id → {@link CurrentState} value, as the gap analysis recorded it: the phases are
   * tailored by it.
   */
  public static final ProcessVariable<Map<String, String>> CURRENT_STATES =
      ProcessVariable.stringMap("currentStates");

  // Annex B a)–e): the inputs of the Phase 1 entry decision, set in the start-up project or by the
  // board
  public static final ProcessVariable<Boolean> SMS_COMMITMENT =
      ProcessVariable.bool("smsCommitment");
  public static final ProcessVariable<Boolean> TOP_MANAGEMENT_COMMITTED =
      ProcessVariable.bool("topManagementCommitted");
  public static final ProcessVariable<Boolean> PLAN_BASED_ON_GAP_ANALYSIS =
      ProcessVariable.bool("planBasedOnGapAnalysis");
  public static final ProcessVariable<Boolean> FUNDS_AND_RESOURCES_AVAILABLE =
      ProcessVariable.bool("fundsAndResourcesAvailable");
  public static final ProcessVariable<Boolean> GOVERNANCE_GROUP_ESTABLISHED =
      ProcessVariable.bool("governanceGroupEstablished");
  public static final List<ProcessVariable<Boolean>> ENTRY_CONDITIONS =
      List.of(
          SMS_COMMITMENT,
          TOP_MANAGEMENT_COMMITTED,
          PLAN_BASED_ON_GAP_ANALYSIS,
          FUNDS_AND_RESOURCES_AVAILABLE,
          GOVERNANCE_GROUP_ESTABLISHED);
  public static final ProcessVariable<String> READINESS_NOTES =
      ProcessVariable.string("readinessNotes");

  // the Phase 1 entry decision
  public static final ProcessVariable<Object> PHASE_1_ENTRY_RESULT =
      ProcessVariable.decisionResult("phase1EntryResult");
  public static final ProcessVariable<Boolean> PHASE_1_READY = ProcessVariable.bool("phase1Ready");
  public static final ProcessVariable<String> MISSING_ENTRY_CONDITIONS_TEXT =
      ProcessVariable.string("missingEntryConditionsText");

  /** The continual improvement (clause 8) started at the hand-over. */
  public static final ProcessVariable<String> CONTINUAL_IMPROVEMENT_ID =
      ProcessVariable.string("continualImprovementId");

  private ProgrammeModel() {}
}
