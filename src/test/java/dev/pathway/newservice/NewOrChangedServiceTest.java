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

/** A project for a new or changed service (8.3), following the Phase 3 "New or changed services" activities of Table B.1. */
@PathwayTest
class NewOrChangedServiceTest {

  @Autowired
  ProcessEngine engine;
  Scenario scenario;

  @BeforeEach
  void setUp() {
    init(engine);
    scenario = new Scenario(engine);
  }

  @Test
  void runsANewServiceFromRequestToReportedOutcomesCoordinatedWithChangeReleaseAndConfiguration() {
    ProcessInstance project = start(Map.of("serviceName", "Managed backup", "changeType", "new",
        "serviceDescription", "Nightly backup of customer VMs", "requestedBy", "Contoso Ltd"));

    Task policy = scenario.task("policyCheck");
    assertThat(engine.getTaskService().getIdentityLinksForTask(policy.getId())).extracting(link -> link.getGroupId())
        .as("Table B.1 New or changed services a): Top management, Project").containsExactly("top-management", "project-team");
    assertThat(policy.getDescription()).startsWith("Managed backup: Table B.1 New or changed services a) There is a policy");
    scenario.complete("paul", policy, Map.of("majorImpact", "yes", "policyCheckNotes", "New service for external customers"));
    scenario.complete("nora", "impactAssessment", Map.of("costImpact", "40 kEUR a year", "organisationalImpact", "On-call rota",
        "technicalImpact", "New backup appliance", "commercialImpact", "Priced per VM"));
    scenario.complete("nora", "servicePlanning", planning());
    scenario.complete("carla", "changeApprovalDecision", Map.of("changeApproval", "sent-back",
        "changeReturnReason", "Roll-back plan missing"));
    assertThat(scenario.task("servicePlanning").getDescription()).contains("Sent back: Roll-back plan missing");
    scenario.complete("nora", "servicePlanning", planning());
    scenario.complete("carla", "changeApprovalDecision", Map.of("changeApproval", "approved", "changeReference", "RFC-2027-118"));
    scenario.complete("tina", "resourcesProvided", Map.of("resourcesProvided", true));

    assertThat(scenario.openTasks()).extracting(Task::getTaskDefinitionKey)
        .containsExactlyInAnyOrder("buildChange", "buildRelease", "buildConfiguration");
    for (String build : new String[] {"buildChange", "buildRelease", "buildConfiguration"}) {
      scenario.complete("carla", build, Map.of("buildNotes", "Done in the test environment", "buildComplete", true));
    }
    scenario.complete("nora", "serviceAcceptance", Map.of("serviceAccepted", "rejected", "acceptanceRecord", "Restore too slow"));
    assertThat(scenario.tasks("buildRelease")).as("back to build and test").hasSize(1);
    for (String build : new String[] {"buildChange", "buildRelease", "buildConfiguration"}) {
      scenario.complete("carla", build, Map.of("buildNotes", "Restore tuned", "buildComplete", true));
    }
    scenario.complete("nora", "serviceAcceptance", Map.of("serviceAccepted", "accepted", "acceptanceRecord", "Accepted by Contoso"));
    scenario.complete("nora", "outcomesReported", Map.of("outcomesAchieved", "All VMs backed up nightly; restore in 20 min",
        "outcomesReportedTo", "Contoso Ltd; implementation board"));
    BpmnAwareTests.assertThat(project).isEnded().hasPassed("serviceDelivered");
  }

  @Test
  void aClosureIsPlannedAndApprovedThroughChangeManagement() {
    ProcessInstance project = start(Map.of("serviceName", "Fax gateway", "changeType", "closure",
        "serviceDescription", "Retire the fax gateway", "requestedBy", "Operations"));
    scenario.complete("nora", "serviceClosure", Map.of("closurePlan", "Notify users, switch off in June",
        "changeReference", "RFC-2027-120", "closureApproved", true));
    BpmnAwareTests.assertThat(project).isEnded().hasPassed("serviceClosed").hasNotPassed("policyCheck");
  }

  @Test
  void anIntegratorOpensAProjectWithAMessage() {
    engine.getRuntimeService().createMessageCorrelation("NewOrChangedServiceRequested")
        .processInstanceBusinessKey(scenario.businessKey())
        .setVariables(Map.of("serviceName", "Service desk chat", "changeType", "changed",
            "serviceDescription", "Add chat to the service desk", "requestedBy", "Customer portal"))
        .correlateStartMessage();
    assertThat(scenario.task("policyCheck").getDescription()).startsWith("Service desk chat:");
  }

  private ProcessInstance start(Map<String, Object> request) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("new-or-changed-service").latestVersion().singleResult().getId();
    return scenario.as("nora", () -> engine.getFormService().submitStartForm(definitionId, scenario.businessKey(), request));
  }

  private static Map<String, Object> planning() {
    Map<String, Object> plan = new HashMap<>();
    plan.put("planBudget", "40 kEUR approved by finance");
    plan.put("planRisks", "Appliance delivery delay");
    plan.put("planTimescales", "Pilot in May, live in June");
    plan.put("acceptanceCriteria", "Restore of a 100 GB VM within 30 minutes");
    plan.put("expectedOutcomes", "Nightly backups of all VMs; restore within 30 minutes");
    return plan;
  }
}
