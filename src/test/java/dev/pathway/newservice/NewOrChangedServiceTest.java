package dev.pathway.newservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import dev.pathway.support.PathwayTest;
import dev.pathway.support.Scenario;
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
 * A project for a new or changed service (8.3), following the Phase 3 "New or changed services"
 * activities of Table B.1.
 */
@PathwayTest
class NewOrChangedServiceTest {

  @Autowired ProcessEngine engine;
  Scenario scenario;

  @BeforeEach
  void setUp() {
    init(engine);
    scenario = new Scenario(engine);
  }

  @Test
  void runsANewServiceFromRequestToReportedOutcomesCoordinatedWithChangeReleaseAndConfiguration() {
    ProcessInstance project =
        start(
            Map.of(
                NewServiceModel.SERVICE_NAME.name(),
                "Managed backup",
                NewServiceModel.CHANGE_TYPE.name(),
                "new",
                NewServiceModel.SERVICE_DESCRIPTION.name(),
                "Nightly backup of customer VMs",
                NewServiceModel.REQUESTED_BY.name(),
                "Contoso Ltd"));

    Task policy = scenario.task(NewServiceModel.POLICY_CHECK_TASK);
    assertThat(engine.getTaskService().getIdentityLinksForTask(policy.getId()))
        .extracting(link -> link.getGroupId())
        .as("Table B.1 New or changed services a): Top management, Project")
        .containsExactly("top-management", "project-team");
    assertThat(policy.getDescription())
        .startsWith("Managed backup: Table B.1 New or changed services a) There is a policy");
    scenario.complete(
        "paul",
        policy,
        Map.of(
            NewServiceModel.MAJOR_IMPACT.name(),
            "yes",
            NewServiceModel.POLICY_CHECK_NOTES.name(),
            "New service for external customers"));
    scenario.complete(
        "nora",
        NewServiceModel.IMPACT_ASSESSMENT_TASK,
        Map.of(
            NewServiceModel.COST_IMPACT.name(),
            "40 kEUR a year",
            NewServiceModel.ORGANISATIONAL_IMPACT.name(),
            "On-call rota",
            NewServiceModel.TECHNICAL_IMPACT.name(),
            "New backup appliance",
            NewServiceModel.COMMERCIAL_IMPACT.name(),
            "Priced per VM"));
    scenario.complete("nora", NewServiceModel.SERVICE_PLANNING_TASK, planning());
    scenario.complete(
        "carla",
        NewServiceModel.CHANGE_APPROVAL_TASK,
        Map.of(
            NewServiceModel.CHANGE_APPROVAL.name(),
            "sent-back",
            NewServiceModel.CHANGE_RETURN_REASON.name(),
            "Roll-back plan missing"));
    assertThat(scenario.task(NewServiceModel.SERVICE_PLANNING_TASK).getDescription())
        .contains("Sent back: Roll-back plan missing");
    scenario.complete("nora", NewServiceModel.SERVICE_PLANNING_TASK, planning());
    scenario.complete(
        "carla",
        NewServiceModel.CHANGE_APPROVAL_TASK,
        Map.of(
            NewServiceModel.CHANGE_APPROVAL.name(),
            "approved",
            NewServiceModel.CHANGE_REFERENCE.name(),
            "RFC-2027-118"));
    scenario.complete(
        "tina",
        NewServiceModel.RESOURCES_PROVIDED_TASK,
        Map.of(NewServiceModel.RESOURCES_PROVIDED.name(), true));

    assertThat(scenario.openTasks())
        .extracting(Task::getTaskDefinitionKey)
        .containsExactlyInAnyOrder(
            NewServiceModel.BUILD_CHANGE_TASK,
            NewServiceModel.BUILD_RELEASE_TASK,
            NewServiceModel.BUILD_CONFIGURATION_TASK);
    for (String build :
        new String[] {
          NewServiceModel.BUILD_CHANGE_TASK,
          NewServiceModel.BUILD_RELEASE_TASK,
          NewServiceModel.BUILD_CONFIGURATION_TASK
        }) {
      scenario.complete(
          "carla",
          build,
          Map.of(
              NewServiceModel.BUILD_NOTES.name(),
              "Done in the test environment",
              NewServiceModel.BUILD_COMPLETE.name(),
              true));
    }
    scenario.complete(
        "nora",
        NewServiceModel.SERVICE_ACCEPTANCE_TASK,
        Map.of(
            NewServiceModel.SERVICE_ACCEPTED.name(),
            "rejected",
            NewServiceModel.ACCEPTANCE_RECORD.name(),
            "Restore too slow"));
    assertThat(scenario.tasks(NewServiceModel.BUILD_RELEASE_TASK))
        .as("back to build and test")
        .hasSize(1);
    for (String build :
        new String[] {
          NewServiceModel.BUILD_CHANGE_TASK,
          NewServiceModel.BUILD_RELEASE_TASK,
          NewServiceModel.BUILD_CONFIGURATION_TASK
        }) {
      scenario.complete(
          "carla",
          build,
          Map.of(
              NewServiceModel.BUILD_NOTES.name(),
              "Restore tuned",
              NewServiceModel.BUILD_COMPLETE.name(),
              true));
    }
    scenario.complete(
        "nora",
        NewServiceModel.SERVICE_ACCEPTANCE_TASK,
        Map.of(
            NewServiceModel.SERVICE_ACCEPTED.name(),
            "accepted",
            NewServiceModel.ACCEPTANCE_RECORD.name(),
            "Accepted by Contoso"));
    scenario.complete(
        "nora",
        NewServiceModel.OUTCOMES_REPORTED_TASK,
        Map.of(
            NewServiceModel.OUTCOMES_ACHIEVED.name(),
            "All VMs backed up nightly; restore in 20 min",
            NewServiceModel.OUTCOMES_REPORTED_TO.name(),
            "Contoso Ltd; implementation board"));
    BpmnAwareTests.assertThat(project).isEnded().hasPassed(NewServiceModel.SERVICE_DELIVERED_END);
  }

  @Test
  void aClosureIsPlannedAndApprovedThroughChangeManagement() {
    ProcessInstance project =
        start(
            Map.of(
                NewServiceModel.SERVICE_NAME.name(),
                "Fax gateway",
                NewServiceModel.CHANGE_TYPE.name(),
                "closure",
                NewServiceModel.SERVICE_DESCRIPTION.name(),
                "Retire the fax gateway",
                NewServiceModel.REQUESTED_BY.name(),
                "Operations"));
    scenario.complete(
        "nora",
        NewServiceModel.SERVICE_CLOSURE_TASK,
        Map.of(
            NewServiceModel.CLOSURE_PLAN.name(),
            "Notify users, switch off in June",
            NewServiceModel.CHANGE_REFERENCE.name(),
            "RFC-2027-120",
            NewServiceModel.CLOSURE_APPROVED.name(),
            true));
    BpmnAwareTests.assertThat(project)
        .isEnded()
        .hasPassed(NewServiceModel.SERVICE_CLOSED_END)
        .hasNotPassed(NewServiceModel.POLICY_CHECK_TASK);
  }

  @Test
  void anIntegratorOpensAProjectWithAMessage() {
    engine
        .getRuntimeService()
        .createMessageCorrelation(NewServiceModel.REQUESTED_MESSAGE)
        .processInstanceBusinessKey(scenario.businessKey())
        .setVariables(
            Map.of(
                NewServiceModel.SERVICE_NAME.name(),
                "Service desk chat",
                NewServiceModel.CHANGE_TYPE.name(),
                "changed",
                NewServiceModel.SERVICE_DESCRIPTION.name(),
                "Add chat to the service desk",
                NewServiceModel.REQUESTED_BY.name(),
                "Customer portal"))
        .correlateStartMessage();
    assertThat(scenario.task(NewServiceModel.POLICY_CHECK_TASK).getDescription())
        .startsWith("Service desk chat:");
  }

  private ProcessInstance start(Map<String, Object> request) {
    String definitionId =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(NewServiceModel.KEY)
            .latestVersion()
            .singleResult()
            .getId();
    return scenario.as(
        "nora",
        () ->
            engine.getFormService().submitStartForm(definitionId, scenario.businessKey(), request));
  }

  private static Map<String, Object> planning() {
    Map<String, Object> plan = new HashMap<>();
    plan.put(NewServiceModel.PLAN_BUDGET.name(), "40 kEUR approved by finance");
    plan.put(NewServiceModel.PLAN_RISKS.name(), "Appliance delivery delay");
    plan.put(NewServiceModel.PLAN_TIMESCALES.name(), "Pilot in May, live in June");
    plan.put(
        NewServiceModel.ACCEPTANCE_CRITERIA.name(), "Restore of a 100 GB VM within 30 minutes");
    plan.put(
        NewServiceModel.EXPECTED_OUTCOMES.name(),
        "Nightly backups of all VMs; restore within 30 minutes");
    return plan;
  }
}
