package dev.pathway.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.improvement.ImprovementActionModel;
import dev.pathway.startup.StartUpModel;
import dev.pathway.support.ImprovementActions;
import dev.pathway.support.LateTasks;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import dev.pathway.support.Scenario;
import dev.pathway.support.StartUpAnswers;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * Late approvals are escalated on the engine's clock: to the project leader named in Annex A f)
 * once there is one, and to top management for an improvement action's approval.
 */
@PathwayTest
class EscalationTest {

  private static final Instant START = Instant.parse("2027-03-01T08:00:00Z");

  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;
  @Autowired TestRestTemplate http;

  @BeforeEach
  void engineClock() {
    AbstractAssertions.init(engine);
    ClockUtil.setCurrentTime(Date.from(START));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aLateAgreementOfThePlanGoesToTheProjectLeaderNamedInAnnexAF() {
    Scenario scenario = new Scenario(engine);
    scenario.startProgramme("tina", StartUpAnswers.start());
    for (StartUpAnswers.Step step : StartUpAnswers.annexA(catalogue, Map.of())) {
      if (step.taskDefinitionKey().equals(StartUpModel.IMPLEMENTATION_PLAN_DECISION_TASK)) {
        break;
      }
      Map<String, Object> values = new HashMap<>(step.values());
      String user = step.user();
      if (step.taskDefinitionKey()
          .equals(StartUpModel.IMPLEMENTATION_BUSINESS_CASE_DECISION_TASK)) {
        values.put(StartUpModel.PROJECT_LEADER.name(), "pia");
      }
      if (step.taskDefinitionKey().equals(StartUpModel.IMPLEMENTATION_PLAN_TASK)) {
        user = "pia";
      }
      scenario.complete(user, step.taskDefinitionKey(), values);
    }
    Task agreement = scenario.task(StartUpModel.IMPLEMENTATION_PLAN_DECISION_TASK);

    LateTasks.fire(
        engine,
        agreement.getProcessInstanceId(),
        StartUpModel.PLAN_AGREEMENT_LATE_TIMER,
        START.plus(6, ChronoUnit.DAYS));

    Task escalation = scenario.task(StartUpModel.PLAN_AGREEMENT_ESCALATION_TASK);
    assertThat(escalation.getName()).isEqualTo("Escalation: " + agreement.getName() + " is late");
    assertThat(escalation.getAssignee()).as("the project leader picked in f)").isEqualTo("pia");
    assertThat(LateTasks.candidateGroups(engine, escalation))
        .as("the project team stays a candidate, should the project leader be away")
        .contains("project-team");
    assertThat(
            RestClient.as(http, "pia")
                .getJson("/engine-rest/task?assignee=pia")
                .findValuesAsText("id"))
        .as("in the project leader's own task list")
        .contains(escalation.getId());
    LateTasks.answer(http, "pia", escalation, "Asked the sponsor for a decision by Friday");
    assertThat(scenario.tasks(StartUpModel.PLAN_AGREEMENT_ESCALATION_TASK)).isEmpty();
    assertThat(scenario.task(StartUpModel.IMPLEMENTATION_PLAN_DECISION_TASK).getId())
        .as("the agreement itself stays open")
        .isEqualTo(agreement.getId());
  }

  @Test
  void aLateApprovalOfAnImprovementGoesToTopManagementAndTheApprovalStaysOpen() {
    ProcessInstance improvement = ImprovementActions.raise(engine);
    Map<String, Object> plan = ImprovementActions.plan("sofia", "2027-06-30");
    assertThat(
            RestClient.as(http, "simon")
                .submitTaskForm(task(improvement, ImprovementActionModel.PLAN_TASK).getId(), plan)
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Task approval = task(improvement, ImprovementActionModel.APPROVE_TASK);
    LateTasks.fireAfter(
        engine,
        improvement.getId(),
        ImprovementActionModel.APPROVAL_LATE_TIMER,
        START.plus(5, ChronoUnit.DAYS),
        Duration.ofMinutes(1));

    assertThat(improvement)
        .isWaitingAt(
            ImprovementActionModel.APPROVE_TASK, ImprovementActionModel.APPROVAL_ESCALATION_TASK);
    Task escalation = task(improvement, ImprovementActionModel.APPROVAL_ESCALATION_TASK);
    assertThat(escalation.getName()).isEqualTo("Escalation: " + approval.getName() + " is late");
    assertThat(escalation.getDescription())
        .contains("waiting since 2027-03-01")
        .contains("to be done by 2027-06-30")
        .doesNotContain("due since");
    assertThat(LateTasks.candidateGroups(engine, escalation)).containsExactly("top-management");

    ImprovementActions.approve(http, "tina", approval);
    assertThat(improvement)
        .isWaitingAt(
            ImprovementActionModel.IMPLEMENT_TASK, ImprovementActionModel.APPROVAL_ESCALATION_TASK);
  }

  private Task task(ProcessInstance instance, String key) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(key)
        .singleResult();
  }
}
