package dev.pathway.startup;

import static dev.pathway.support.StartUpAnswers.sendBack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import dev.pathway.catalogue.Catalogue;
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

/** The start-up project of Annex A (Table A.1 a-h) and the Phase 1 entry decision, as top management and the project team live it. */
@PathwayTest
class StartUpProjectTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  Catalogue catalogue;
  Scenario scenario;

  @BeforeEach
  void setUp() {
    init(engine);
    scenario = new Scenario(engine);
  }

  @Test
  void runsTableA1FromUnderstandingToAgreedPlanAndEntersPhase1() {
    ProcessInstance programme = scenario.startProgramme("tina", StartUpAnswers.start());
    BpmnAwareTests.assertThat(programme).isWaitingAt("startUpProject");
    Task understanding = scenario.task("understandingOfIso20000");
    assertThat(understanding.getName()).isEqualTo("Annex A a) Understanding of ISO/IEC 20000-1, scope and applicability");
    assertThat(understanding.getDescription()).startsWith("Annex A a) Understanding of: 1) principles, objectives and requirements of ISO/IEC 20000-1;")
        .contains("(Which manager? Top)");
    assertThat(engine.getTaskService().getIdentityLinksForTask(understanding.getId()))
        .extracting(link -> link.getGroupId()).containsExactly("top-management");

    completeStartUp(true);

    BpmnAwareTests.assertThat(programme).hasPassed("startUpProject", "phase1EntryDecision").isWaitingAt("phase1");
    assertThat(engine.getRuntimeService().getVariable(programme.getId(), "phase1Ready")).isEqualTo(true);
    assertThat(scenario.task("phasePlanAdjustment").getName()).isEqualTo("Adjust the plan for Phase 1");
  }

  @Test
  void sendingBackTheGapAnalysisBusinessCaseReturnsToItWithTheReason() {
    scenario.startProgramme("tina", StartUpAnswers.start());
    scenario.complete("tina", "understandingOfIso20000", StartUpAnswers.understanding());
    scenario.complete("paul", "gapAnalysisBusinessCase", StartUpAnswers.gapAnalysisBusinessCase());
    scenario.complete("tina", "gapAnalysisBusinessCaseDecision",
        sendBack("gapAnalysisApproval", "gapAnalysisBusinessCaseReturnReason", "Cost too high: use internal staff"));

    Task again = scenario.task("gapAnalysisBusinessCase");
    assertThat(again.getDescription()).contains("Sent back: Cost too high: use internal staff");
    assertThat(engine.getTaskService().getVariable(again.getId(), "gapAnalysisBusinessCaseReturnReason"))
        .isEqualTo("Cost too high: use internal staff");
    assertThat(scenario.tasks("gapAnalysis")).isEmpty();
  }

  @Test
  void sendingBackTheImplementationBusinessCaseReturnsToItWithTheReason() {
    scenario.startProgramme("tina", StartUpAnswers.start());
    throughGapAnalysis();
    scenario.complete("paul", "implementationBusinessCase", StartUpAnswers.implementationBusinessCase());
    scenario.complete("tina", "implementationBusinessCaseDecision",
        sendBack("implementationApproval", "implementationBusinessCaseReturnReason", "Phase 2 costs are not justified"));

    assertThat(scenario.task("implementationBusinessCase").getDescription())
        .contains("Sent back: Phase 2 costs are not justified");
    assertThat(scenario.tasks("implementationPlan")).isEmpty();
  }

  @Test
  void approvingTheBusinessCaseNeedsTheProjectLeaderAndGovernanceWhileSendingBackNeedsOnlyAReason() {
    scenario.startProgramme("tina", StartUpAnswers.start());
    throughGapAnalysis();
    scenario.complete("paul", "implementationBusinessCase", StartUpAnswers.implementationBusinessCase());
    Map<String, Object> withoutLeader = new HashMap<>(StartUpAnswers.implementationApproval());
    withoutLeader.remove("projectLeader");

    assertThatThrownBy(() -> scenario.complete("tina", "implementationBusinessCaseDecision", withoutLeader))
        .hasMessageContaining("projectLeader").hasMessageContaining("is required with this answer");
    scenario.complete("tina", "implementationBusinessCaseDecision",
        sendBack("implementationApproval", "implementationBusinessCaseReturnReason", "Add the benefits of Phase 3"));
    assertThat(scenario.task("implementationBusinessCase").getDescription()).contains("Add the benefits of Phase 3");
  }

  @Test
  void sendingBackThePlanReturnsToPlanningWithTheReason() {
    scenario.startProgramme("tina", StartUpAnswers.start());
    throughGapAnalysis();
    scenario.complete("paul", "implementationBusinessCase", StartUpAnswers.implementationBusinessCase());
    scenario.complete("tina", "implementationBusinessCaseDecision", StartUpAnswers.implementationApproval());
    scenario.complete("paul", "implementationPlan", StartUpAnswers.implementationPlan());
    scenario.complete("tina", "implementationPlanDecision",
        sendBack("planAgreement", "implementationPlanReturnReason", "Phase 1 overlaps the data-centre move"));

    assertThat(scenario.task("implementationPlan").getDescription())
        .contains("Sent back: Phase 1 overlaps the data-centre move");
    BpmnAwareTests.assertThat(scenario.instance("sms-implementation")).isWaitingAt("startUpProject");
  }

  @Test
  void missingEntryConditionsGoToTheBoardByNameAndTheDecisionRunsAgain() {
    ProcessInstance programme = scenario.startProgramme("tina", StartUpAnswers.start());
    completeStartUp(false);

    Task board = scenario.task("readinessGapsDecision");
    assertThat(board.getDescription()).contains("d) necessary funds and other resources have been made available;")
        .doesNotContain("a) there is commitment");
    assertThat(engine.getTaskService().getIdentityLinksForTask(board.getId()))
        .extracting(link -> link.getGroupId()).containsExactly("implementation-board");

    scenario.complete("bea", board, Map.of("smsCommitment", true, "topManagementCommitted", true,
        "planBasedOnGapAnalysis", true, "fundsAndResourcesAvailable", true, "governanceGroupEstablished", true,
        "readinessNotes", "Budget released by the COO on 12 May"));

    BpmnAwareTests.assertThat(programme).isWaitingAt("phase1");
    assertThat(BpmnAwareTests.historyService().createHistoricActivityInstanceQuery()
        .processInstanceId(programme.getId()).activityId("phase1EntryDecision").count()).isEqualTo(2);
  }

  private void throughGapAnalysis() {
    scenario.complete("tina", "understandingOfIso20000", StartUpAnswers.understanding());
    scenario.complete("paul", "gapAnalysisBusinessCase", StartUpAnswers.gapAnalysisBusinessCase());
    scenario.complete("tina", "gapAnalysisBusinessCaseDecision", StartUpAnswers.gapAnalysisApproval());
    scenario.complete("paul", "gapAnalysis", StartUpAnswers.gapAnalysis(catalogue, Map.of()));
  }

  private void completeStartUp(boolean fundsAvailable) {
    throughGapAnalysis();
    scenario.complete("paul", "implementationBusinessCase", StartUpAnswers.implementationBusinessCase());
    scenario.complete("tina", "implementationBusinessCaseDecision", StartUpAnswers.implementationApproval());
    scenario.complete("paul", "implementationPlan", StartUpAnswers.implementationPlan());
    scenario.complete("tina", "implementationPlanDecision", StartUpAnswers.planAgreement(fundsAvailable));
  }
}
