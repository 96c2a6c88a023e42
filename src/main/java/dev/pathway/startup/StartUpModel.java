package dev.pathway.startup;

import dev.pathway.catalogue.Area;
import dev.pathway.process.Approval;
import dev.pathway.process.ProcessVariable;
import dev.pathway.programme.CurrentState;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The start-up project, {@code bpmn/start-up-project.bpmn} (Annex A, Table A.1 a–h). It receives
 * the service provider and the scope from the programme and returns the refined scope, the owners,
 * the Annex B entry conditions and the current state of every process area ({@code
 * ProgrammeModel}); its other records stay with it for audit.
 */
public final class StartUpModel {

  public static final String KEY = "start-up-project";

  // user tasks: Table A.1 a) to h)
  public static final String UNDERSTANDING_TASK = "understandingOfIso20000";
  public static final String GAP_ANALYSIS_BUSINESS_CASE_TASK = "gapAnalysisBusinessCase";
  public static final String GAP_ANALYSIS_BUSINESS_CASE_DECISION_TASK =
      "gapAnalysisBusinessCaseDecision";
  public static final String GAP_ANALYSIS_TASK = "gapAnalysis";
  public static final String IMPLEMENTATION_BUSINESS_CASE_TASK = "implementationBusinessCase";
  public static final String IMPLEMENTATION_BUSINESS_CASE_DECISION_TASK =
      "implementationBusinessCaseDecision";
  public static final String IMPLEMENTATION_PLAN_TASK = "implementationPlan";
  public static final String IMPLEMENTATION_PLAN_DECISION_TASK = "implementationPlanDecision";

  // escalations of late approvals (non-interrupting timers of pathway.due-dates.approval)
  public static final String GAP_ANALYSIS_APPROVAL_LATE_TIMER = "gapAnalysisApprovalLateTimer";
  public static final String GAP_ANALYSIS_APPROVAL_ESCALATION_TASK =
      "gapAnalysisApprovalEscalation";
  public static final String IMPLEMENTATION_APPROVAL_LATE_TIMER = "implementationApprovalLateTimer";
  public static final String IMPLEMENTATION_APPROVAL_ESCALATION_TASK =
      "implementationApprovalEscalation";
  public static final String PLAN_AGREEMENT_LATE_TIMER = "planAgreementLateTimer";
  public static final String PLAN_AGREEMENT_ESCALATION_TASK = "planAgreementEscalation";

  // annex-a-understanding.form
  public static final ProcessVariable<Boolean> PRINCIPLES_UNDERSTOOD =
      ProcessVariable.bool("principlesUnderstood");
  public static final ProcessVariable<String> APPLICABILITY =
      ProcessVariable.string("applicability");

  // annex-a-gap-analysis-business-case.form
  public static final ProcessVariable<String> GAP_ANALYSIS_BUSINESS_CASE =
      ProcessVariable.string("gapAnalysisBusinessCase");
  public static final ProcessVariable<Integer> GAP_ANALYSIS_COST =
      ProcessVariable.integer("gapAnalysisCost");

  // annex-a-gap-analysis-approval.form
  public static final ProcessVariable<Approval> GAP_ANALYSIS_APPROVAL =
      ProcessVariable.valueOf("gapAnalysisApproval", Approval.class);
  public static final ProcessVariable<String> GAP_ANALYSIS_BUSINESS_CASE_RETURN_REASON =
      ProcessVariable.string("gapAnalysisBusinessCaseReturnReason");
  public static final ProcessVariable<Integer> GAP_ANALYSIS_FUNDING =
      ProcessVariable.integer("gapAnalysisFunding");

  // annex-a-gap-analysis.form
  public static final ProcessVariable<String> GAP_SMS_STATUS =
      ProcessVariable.string("gapSmsStatus");
  public static final ProcessVariable<String> GAP_DOCUMENTS_AND_RECORDS =
      ProcessVariable.string("gapDocumentsAndRecords");
  public static final ProcessVariable<String> GAP_REVIEWS_AND_AUDITS =
      ProcessVariable.string("gapReviewsAndAudits");
  public static final ProcessVariable<String> GAP_WORKLOAD = ProcessVariable.string("gapWorkload");
  public static final ProcessVariable<String> GAP_SERVICE_LEVELS =
      ProcessVariable.string("gapServiceLevels");
  public static final ProcessVariable<String> GAP_IMPROVEMENT_PLANS =
      ProcessVariable.string("gapImprovementPlans");
  public static final ProcessVariable<String> GAP_STAFF = ProcessVariable.string("gapStaff");
  public static final ProcessVariable<String> GAP_MAJOR_CHANGES =
      ProcessVariable.string("gapMajorChanges");
  public static final ProcessVariable<String> GAP_OTHER_PRIORITIES =
      ProcessVariable.string("gapOtherPriorities");
  public static final ProcessVariable<String> GAP_STATUTORY_REQUIREMENTS =
      ProcessVariable.string("gapStatutoryRequirements");
  public static final ProcessVariable<String> GAP_EXPERIENCE_OF_OTHERS =
      ProcessVariable.string("gapExperienceOfOthers");
  public static final ProcessVariable<String> GAP_MANAGEMENT_SYSTEMS =
      ProcessVariable.string("gapManagementSystems");
  public static final ProcessVariable<List<String>> GAP_DOCUMENTS_IN_PLACE =
      ProcessVariable.stringList("gapDocumentsInPlace");
  public static final ProcessVariable<String> GAP_WORKING_PRACTICES =
      ProcessVariable.string("gapWorkingPractices");
  public static final ProcessVariable<String> GAP_ROLES_AND_COMPETENCE =
      ProcessVariable.string("gapRolesAndCompetence");
  public static final ProcessVariable<String> GAP_CULTURE = ProcessVariable.string("gapCulture");

  // annex-a-implementation-business-case.form
  public static final ProcessVariable<String> BC_OBJECTIVES =
      ProcessVariable.string("bcObjectives");
  public static final ProcessVariable<String> BC_CONFORMITY_REVIEW =
      ProcessVariable.string("bcConformityReview");
  public static final ProcessVariable<String> BC_SCOPE = ProcessVariable.string("bcScope");
  public static final ProcessVariable<String> BC_SERVICE_LEVELS =
      ProcessVariable.string("bcServiceLevels");
  public static final ProcessVariable<String> BC_WORKLOADS = ProcessVariable.string("bcWorkloads");
  public static final ProcessVariable<String> BC_COST_SAVINGS =
      ProcessVariable.string("bcCostSavings");
  public static final ProcessVariable<String> BC_BENEFITS = ProcessVariable.string("bcBenefits");
  public static final ProcessVariable<String> BC_TIMESCALES =
      ProcessVariable.string("bcTimescales");
  public static final ProcessVariable<String> BC_RESOURCES = ProcessVariable.string("bcResources");
  public static final ProcessVariable<String> BC_INTERESTED_PARTIES =
      ProcessVariable.string("bcInterestedParties");
  public static final ProcessVariable<String> BC_RISKS = ProcessVariable.string("bcRisks");
  public static final ProcessVariable<String> BC_EXTERNAL_RESOURCES =
      ProcessVariable.string("bcExternalResources");
  public static final ProcessVariable<String> BC_GOVERNANCE =
      ProcessVariable.string("bcGovernance");
  public static final ProcessVariable<Integer> COST_PHASE_1 = ProcessVariable.integer("costPhase1");
  public static final ProcessVariable<Integer> COST_PHASE_2 = ProcessVariable.integer("costPhase2");
  public static final ProcessVariable<Integer> COST_PHASE_3 = ProcessVariable.integer("costPhase3");
  public static final ProcessVariable<String> BENEFITS_BY_PHASE =
      ProcessVariable.string("benefitsByPhase");

  // annex-a-implementation-approval.form
  public static final ProcessVariable<Approval> IMPLEMENTATION_APPROVAL =
      ProcessVariable.valueOf("implementationApproval", Approval.class);
  public static final ProcessVariable<String> IMPLEMENTATION_BUSINESS_CASE_RETURN_REASON =
      ProcessVariable.string("implementationBusinessCaseReturnReason");
  public static final ProcessVariable<String> PROJECT_SPONSORS =
      ProcessVariable.string("projectSponsors");
  public static final ProcessVariable<String> GOVERNANCE_GROUP =
      ProcessVariable.string("governanceGroup");
  public static final ProcessVariable<String> GOVERNANCE_TERMS_OF_REFERENCE =
      ProcessVariable.string("governanceTermsOfReference");
  public static final ProcessVariable<String> PROJECT_LEADER =
      ProcessVariable.string("projectLeader");

  /** The project team's members, offered as project leader (Annex A f). */
  public static final ProcessVariable<List<Map<String, String>>> PROJECT_LEADER_OPTIONS =
      ProcessVariable.options("projectLeaderOptions");

  public static final ProcessVariable<String> PROJECT_TEAM = ProcessVariable.string("projectTeam");

  // annex-a-implementation-plan.form
  public static final ProcessVariable<String> PLAN_TIMESCALES =
      ProcessVariable.string("planTimescales");
  public static final ProcessVariable<String> PLAN_MANAGER_ATTITUDE =
      ProcessVariable.string("planManagerAttitude");
  public static final ProcessVariable<String> PLAN_CULTURE = ProcessVariable.string("planCulture");
  public static final ProcessVariable<String> PLAN_TEAM_SKILLS =
      ProcessVariable.string("planTeamSkills");
  public static final ProcessVariable<String> PLAN_FINANCIAL_CONSTRAINTS =
      ProcessVariable.string("planFinancialConstraints");
  public static final ProcessVariable<String> PLAN_FACILITIES =
      ProcessVariable.string("planFacilities");
  public static final ProcessVariable<List<String>> READINESS_CONSIDERATIONS =
      ProcessVariable.stringList("readinessConsiderations");

  // annex-a-plan-agreement.form
  public static final ProcessVariable<Approval> PLAN_AGREEMENT =
      ProcessVariable.valueOf("planAgreement", Approval.class);
  public static final ProcessVariable<String> IMPLEMENTATION_PLAN_RETURN_REASON =
      ProcessVariable.string("implementationPlanReturnReason");
  public static final ProcessVariable<String> RESOURCES_COMMITTED =
      ProcessVariable.string("resourcesCommitted");

  private StartUpModel() {}

  /** The gap analysis field of an area's current state, e.g. currentStateChangeManagement. */
  public static ProcessVariable<CurrentState> currentStateOf(Area area) {
    return ProcessVariable.valueOf("currentState" + camelCase(area), CurrentState.class);
  }

  /** The gap analysis's note on a process area, beside its current state. */
  public static ProcessVariable<String> currentStateNotesOf(Area area) {
    return ProcessVariable.string("currentStateNotes" + camelCase(area));
  }

  /** The gap analysis as the later start-up tasks show it, read-only. */
  public static final ProcessVariable<String> GAP_ANALYSIS_RESULTS_TEXT =
      ProcessVariable.string("gapAnalysisResultsText");

  private static String camelCase(Area area) {
    return Stream.of(area.id().split("-"))
        .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
        .collect(Collectors.joining());
  }
}
