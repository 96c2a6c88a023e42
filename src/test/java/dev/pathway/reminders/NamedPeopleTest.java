package dev.pathway.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.improvement.ContinualImprovementModel;
import dev.pathway.improvement.ImprovementActionModel;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.startup.StartUpModel;
import dev.pathway.support.ImprovementActions;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import dev.pathway.support.Scenario;
import dev.pathway.support.StartUpAnswers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The project leader is picked from the project team's users and gets the detailed plan. */
@PathwayTest
class NamedPeopleTest {

  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;
  @Autowired TestRestTemplate http;

  @Test
  void theImprovementOwnerIsPickedFromTheProcessOwnersAndGetsTheTaskDueOnTheTargetDate() {
    String businessKey = ImprovementActions.raise(engine).getBusinessKey();
    Task plan =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(businessKey)
            .taskDefinitionKey(ImprovementActionModel.PLAN_TASK)
            .singleResult();
    Map<String, Object> answers = ImprovementActions.plan("Sofia Reyes", "2020-01-31");

    ResponseEntity<String> refused =
        RestClient.as(http, "simon").submitTaskForm(plan.getId(), answers);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(RestClient.json(refused.getBody()).path("message").asText())
        .contains(ImprovementActionModel.IMPROVEMENT_OWNER.name())
        .contains("is not one of the options offered: sofia")
        .contains(ImprovementActionModel.TARGET_DATE.name())
        .contains("must not be in the past");

    answers.put(ImprovementActionModel.IMPROVEMENT_OWNER.name(), "sofia");
    answers.put(ImprovementActionModel.TARGET_DATE.name(), "2099-06-30");
    assertThat(RestClient.as(http, "simon").submitTaskForm(plan.getId(), answers).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    // service improvement management approves the improvement before it is implemented
    Task approval =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(businessKey)
            .taskDefinitionKey(ImprovementActionModel.APPROVE_TASK)
            .singleResult();
    ImprovementActions.approve(http, "tina", approval);
    Task implement =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(businessKey)
            .taskDefinitionKey(ImprovementActionModel.IMPLEMENT_TASK)
            .singleResult();
    assertThat(implement.getAssignee()).isEqualTo("sofia");
    assertThat(implement.getDueDate()).isEqualTo(DueDates.startOf("2099-06-30"));
  }

  @Test
  void
      theAccountableSeniorManagerHoldsTheManagementReviewsAndTheGroupsMembersInPathwayMayTakeThem() {
    Scenario scenario = new Scenario(engine);
    ProcessInstance improvement =
        engine
            .getRuntimeService()
            .createProcessInstanceByKey(ContinualImprovementModel.KEY)
            .businessKey(scenario.businessKey())
            .setVariable(ProgrammeModel.IMPLEMENTATION_ID.name(), "implementation-2")
            .setVariable(ProgrammeModel.SERVICE_PROVIDER.name(), "Northwind")
            .execute();
    Task governance = scenario.task(ContinualImprovementModel.CONTINUING_GOVERNANCE_TASK);
    String options =
        RestClient.as(http, "tina")
            .getJson(
                "/engine-rest/task/"
                    + governance.getId()
                    + "/form-variables?deserializeValues=false")
            .path(ContinualImprovementModel.ACCOUNTABLE_SENIOR_MANAGER_OPTIONS.name())
            .path("value")
            .asText();
    assertThat(options)
        .contains("\"value\":\"bea\"")
        .contains("\"value\":\"tina\"")
        .doesNotContain("\"value\":\"sofia\"");
    scenario.complete(
        "tina",
        governance,
        Map.of(
            ContinualImprovementModel.ACCOUNTABLE_SENIOR_MANAGER.name(),
            "bea",
            ContinualImprovementModel.GOVERNANCE_GROUP_USERS.name(),
            List.of("sofia", "ben"),
            ContinualImprovementModel.GOVERNANCE_GROUP_MEMBERS.name(),
            "Bea (accountable), Sofia (process owner), Ben (board); Contoso's service manager",
            ContinualImprovementModel.MONITORING_INTERVAL.name(),
            "P1M",
            ContinualImprovementModel.INTERNAL_AUDIT_INTERVAL.name(),
            "P6M",
            ContinualImprovementModel.MANAGEMENT_REVIEW_INTERVAL.name(),
            "P1Y"));
    engine
        .getManagementService()
        .executeJob(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(improvement.getId())
                .activityId(ContinualImprovementModel.MANAGEMENT_REVIEW_TIMER)
                .singleResult()
                .getId());

    Task review = scenario.task(ContinualImprovementModel.MANAGEMENT_REVIEW_TASK);
    assertThat(review.getAssignee()).isEqualTo("bea");
    assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId()))
        .filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .extracting(IdentityLink::getUserId)
        .filteredOn(user -> user != null)
        .containsExactlyInAnyOrder("sofia", "ben");
  }

  @Test
  void theProjectLeaderIsPickedFromTheProjectTeamAndGetsTheDetailedPlanAFreeTextNameIsRefused() {
    Scenario scenario = new Scenario(engine);
    scenario.startProgramme("tina", StartUpAnswers.start());
    Map<String, Object> approval = null;
    for (StartUpAnswers.Step step : StartUpAnswers.annexA(catalogue, Map.of())) {
      if (step.taskDefinitionKey()
          .equals(StartUpModel.IMPLEMENTATION_BUSINESS_CASE_DECISION_TASK)) {
        approval = step.values();
        break;
      }
      scenario.complete(step.user(), step.taskDefinitionKey(), step.values());
    }
    Task decision = scenario.task(StartUpModel.IMPLEMENTATION_BUSINESS_CASE_DECISION_TASK);

    JsonNode form =
        RestClient.as(http, "tina")
            .getJson(
                "/engine-rest/task/"
                    + decision.getId()
                    + "/form-variables?deserializeValues=false");
    String options = form.path(StartUpModel.PROJECT_LEADER_OPTIONS.name()).path("value").asText();
    assertThat(options)
        .contains("\"value\":\"paul\"")
        .contains("\"label\":\"Paul Okafor (paul)\"")
        .contains("\"value\":\"pia\"")
        .doesNotContain("\"value\":\"tina\"");

    Map<String, Object> freeText = new HashMap<>(approval);
    freeText.put(StartUpModel.PROJECT_LEADER.name(), "Paul Okafor");
    ResponseEntity<String> refused =
        RestClient.as(http, "tina").submitTaskForm(decision.getId(), freeText);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(RestClient.json(refused.getBody()).path("message").asText())
        .contains(StartUpModel.PROJECT_LEADER.name())
        .contains("is not one of the options offered: pia, paul");

    Map<String, Object> chosen = new HashMap<>(approval);
    chosen.put(StartUpModel.PROJECT_LEADER.name(), "pia");
    assertThat(RestClient.as(http, "tina").submitTaskForm(decision.getId(), chosen).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Task plan = scenario.task(StartUpModel.IMPLEMENTATION_PLAN_TASK);
    assertThat(plan.getAssignee()).isEqualTo("pia");
    assertThat(
            RestClient.as(http, "pia")
                .getJson("/engine-rest/task?assignee=pia")
                .findValuesAsText("id"))
        .contains(plan.getId());
  }
}
