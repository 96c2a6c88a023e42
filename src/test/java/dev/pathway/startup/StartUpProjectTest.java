package dev.pathway.startup;

import static dev.pathway.support.StartUpAnswers.sendBack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.phase.PhaseModel;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.Scenario;
import dev.pathway.support.StartUpAnswers;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The start-up project of Annex A (Table A.1 a-h) and the Phase 1 entry decision, as top management
 * and the project team live it.
 */
@PathwayTest
class StartUpProjectTest {

  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;
  Scenario scenario;

  @BeforeEach
  void setUp() {
    init(engine);
    scenario = new Scenario(engine);
  }

  @Test
  void runsTableA1FromUnderstandingToAgreedPlanAndEntersPhase1() {
    ProcessInstance programme = scenario.startProgramme("tina", StartUpAnswers.start());
    BpmnAwareTests.assertThat(programme).isWaitingAt(ProgrammeModel.START_UP_PROJECT_CALL);
    Task understanding = scenario.task(StartUpModel.UNDERSTANDING_TASK);
    assertThat(understanding.getName())
        .isEqualTo("Annex A a) Understanding of ISO/IEC 20000-1, scope and applicability");
    assertThat(understanding.getDescription())
        .startsWith(
            "Annex A a) Understanding of: 1) principles, objectives and requirements of ISO/IEC 20000-1;")
        .contains("(Which manager? Top)");
    assertThat(engine.getTaskService().getIdentityLinksForTask(understanding.getId()))
        .extracting(link -> link.getGroupId())
        .containsExactly("top-management");

    completeStartUp(true);

    BpmnAwareTests.assertThat(programme)
        .hasPassed(ProgrammeModel.START_UP_PROJECT_CALL, ProgrammeModel.PHASE_1_ENTRY_RULE)
        .isWaitingAt(ProgrammeModel.PHASED_PLAN_CALL);
    assertThat(
            engine
                .getRuntimeService()
                .getVariable(programme.getId(), ProgrammeModel.PHASE_1_READY.name()))
        .isEqualTo(true);
    assertThat(scenario.task(PhaseModel.PLAN_ADJUSTMENT_TASK).getName())
        .isEqualTo("Adjust the plan for Phase 1");
  }

  @Test
  void sendingBackTheGapAnalysisBusinessCaseReturnsToItWithTheReason() {
    scenario.startProgramme("tina", StartUpAnswers.start());
    scenario.complete("tina", StartUpModel.UNDERSTANDING_TASK, StartUpAnswers.understanding());
    scenario.complete(
        "paul",
        StartUpModel.GAP_ANALYSIS_BUSINESS_CASE_TASK,
        StartUpAnswers.gapAnalysisBusinessCase());
    scenario.complete(
        "tina",
        StartUpModel.GAP_ANALYSIS_BUSINESS_CASE_DECISION_TASK,
        sendBack(
            StartUpModel.GAP_ANALYSIS_APPROVAL.name(),
            StartUpModel.GAP_ANALYSIS_BUSINESS_CASE_RETURN_REASON.name(),
            "Cost too high: use internal staff"));

    Task again = scenario.task(StartUpModel.GAP_ANALYSIS_BUSINESS_CASE_TASK);
    assertThat(again.getDescription()).contains("Sent back: Cost too high: use internal staff");
    assertThat(
            engine
                .getTaskService()
                .getVariable(
                    again.getId(), StartUpModel.GAP_ANALYSIS_BUSINESS_CASE_RETURN_REASON.name()))
        .isEqualTo("Cost too high: use internal staff");
    assertThat(scenario.tasks(StartUpModel.GAP_ANALYSIS_TASK)).isEmpty();
  }

  @Test
  void sendingBackTheImplementationBusinessCaseReturnsToItWithTheReason() {
    scenario.startProgramme("tina", StartUpAnswers.start());
    throughGapAnalysis();
    scenario.complete(
        "paul",
        StartUpModel.IMPLEMENTATION_BUSINESS_CASE_TASK,
        StartUpAnswers.implementationBusinessCase());
    scenario.complete(
        "tina",
        StartUpModel.IMPLEMENTATION_BUSINESS_CASE_DECISION_TASK,
        sendBack(
            StartUpModel.IMPLEMENTATION_APPROVAL.name(),
            StartUpModel.IMPLEMENTATION_BUSINESS_CASE_RETURN_REASON.name(),
            "Phase 2 costs are not justified"));

    assertThat(scenario.task(StartUpModel.IMPLEMENTATION_BUSINESS_CASE_TASK).getDescription())
        .contains("Sent back: Phase 2 costs are not justified");
    assertThat(scenario.tasks(StartUpModel.IMPLEMENTATION_PLAN_TASK)).isEmpty();
  }

  @Test
  void
      approvingTheBusinessCaseNeedsTheProjectLeaderAndGovernanceWhileSendingBackNeedsOnlyAReason() {
    scenario.startProgramme("tina", StartUpAnswers.start());
    throughGapAnalysis();
    scenario.complete(
        "paul",
        StartUpModel.IMPLEMENTATION_BUSINESS_CASE_TASK,
        StartUpAnswers.implementationBusinessCase());
    Map<String, Object> withoutLeader = new HashMap<>(StartUpAnswers.implementationApproval());
    withoutLeader.remove(StartUpModel.PROJECT_LEADER.name());

    assertThatThrownBy(
            () ->
                scenario.complete(
                    "tina", StartUpModel.IMPLEMENTATION_BUSINESS_CASE_DECISION_TASK, withoutLeader))
        .hasMessageContaining(StartUpModel.PROJECT_LEADER.name())
        .hasMessageContaining("is required with this answer");
    scenario.complete(
        "tina",
        StartUpModel.IMPLEMENTATION_BUSINESS_CASE_DECISION_TASK,
        sendBack(
            StartUpModel.IMPLEMENTATION_APPROVAL.name(),
            StartUpModel.IMPLEMENTATION_BUSINESS_CASE_RETURN_REASON.name(),
            "Add the benefits of Phase 3"));
    assertThat(scenario.task(StartUpModel.IMPLEMENTATION_BUSINESS_CASE_TASK).getDescription())
        .contains("Add the benefits of Phase 3");
  }

  @Test
  void sendingBackThePlanReturnsToPlanningWithTheReason() {
    scenario.startProgramme("tina", StartUpAnswers.start());
    throughGapAnalysis();
    scenario.complete(
        "paul",
        StartUpModel.IMPLEMENTATION_BUSINESS_CASE_TASK,
        StartUpAnswers.implementationBusinessCase());
    scenario.complete(
        "tina",
        StartUpModel.IMPLEMENTATION_BUSINESS_CASE_DECISION_TASK,
        StartUpAnswers.implementationApproval());
    scenario.complete(
        "paul", StartUpModel.IMPLEMENTATION_PLAN_TASK, StartUpAnswers.implementationPlan());
    scenario.complete(
        "tina",
        StartUpModel.IMPLEMENTATION_PLAN_DECISION_TASK,
        sendBack(
            StartUpModel.PLAN_AGREEMENT.name(),
            StartUpModel.IMPLEMENTATION_PLAN_RETURN_REASON.name(),
            "Phase 1 overlaps the data-centre move"));

    assertThat(scenario.task(StartUpModel.IMPLEMENTATION_PLAN_TASK).getDescription())
        .contains("Sent back: Phase 1 overlaps the data-centre move");
    BpmnAwareTests.assertThat(scenario.instance(ProgrammeModel.KEY))
        .isWaitingAt(ProgrammeModel.START_UP_PROJECT_CALL);
  }

  @Test
  void missingEntryConditionsGoToTheBoardByNameAndTheDecisionRunsAgain() {
    ProcessInstance programme = scenario.startProgramme("tina", StartUpAnswers.start());
    completeStartUp(false);

    Task board = scenario.task(ProgrammeModel.READINESS_GAPS_TASK);
    assertThat(board.getDescription())
        .contains("d) necessary funds and other resources have been made available;")
        .doesNotContain("a) there is commitment");
    assertThat(engine.getTaskService().getIdentityLinksForTask(board.getId()))
        .extracting(link -> link.getGroupId())
        .containsExactly("implementation-board");

    scenario.complete(
        "bea",
        board,
        Map.of(
            ProgrammeModel.SMS_COMMITMENT.name(),
            true,
            ProgrammeModel.TOP_MANAGEMENT_COMMITTED.name(),
            true,
            ProgrammeModel.PLAN_BASED_ON_GAP_ANALYSIS.name(),
            true,
            ProgrammeModel.FUNDS_AND_RESOURCES_AVAILABLE.name(),
            true,
            ProgrammeModel.GOVERNANCE_GROUP_ESTABLISHED.name(),
            true,
            ProgrammeModel.READINESS_NOTES.name(),
            "Budget released by the COO on 12 May"));

    BpmnAwareTests.assertThat(programme).isWaitingAt(ProgrammeModel.PHASED_PLAN_CALL);
    assertThat(
            BpmnAwareTests.historyService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(programme.getId())
                .activityId(ProgrammeModel.PHASE_1_ENTRY_RULE)
                .count())
        .isEqualTo(2);
  }

  private void throughGapAnalysis() {
    scenario.complete("tina", StartUpModel.UNDERSTANDING_TASK, StartUpAnswers.understanding());
    scenario.complete(
        "paul",
        StartUpModel.GAP_ANALYSIS_BUSINESS_CASE_TASK,
        StartUpAnswers.gapAnalysisBusinessCase());
    scenario.complete(
        "tina",
        StartUpModel.GAP_ANALYSIS_BUSINESS_CASE_DECISION_TASK,
        StartUpAnswers.gapAnalysisApproval());
    scenario.complete(
        "paul", StartUpModel.GAP_ANALYSIS_TASK, StartUpAnswers.gapAnalysis(catalogue, Map.of()));
  }

  private void completeStartUp(boolean fundsAvailable) {
    throughGapAnalysis();
    scenario.complete(
        "paul",
        StartUpModel.IMPLEMENTATION_BUSINESS_CASE_TASK,
        StartUpAnswers.implementationBusinessCase());
    scenario.complete(
        "tina",
        StartUpModel.IMPLEMENTATION_BUSINESS_CASE_DECISION_TASK,
        StartUpAnswers.implementationApproval());
    scenario.complete(
        "paul", StartUpModel.IMPLEMENTATION_PLAN_TASK, StartUpAnswers.implementationPlan());
    scenario.complete(
        "tina",
        StartUpModel.IMPLEMENTATION_PLAN_DECISION_TASK,
        StartUpAnswers.planAgreement(fundsAvailable));
  }
}
