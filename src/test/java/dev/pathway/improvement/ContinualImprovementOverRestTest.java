package dev.pathway.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.phase.GateModel;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.Phases;
import dev.pathway.support.RestClient;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * After the last Phase 3 gate, voted over REST, continual improvement reaches its role holders over
 * REST.
 */
@PathwayTest
class ContinualImprovementOverRestTest {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;

  @Test
  void theLastGateStartsContinualImprovementWhoseTasksRoleHoldersCompleteThroughTheirForms() {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    Phases.upToTheLastGate(implementation);
    String key = implementation.scenario().businessKey();

    vote("bea", key);
    vote("ben", key);

    RestClient tina = RestClient.as(http, "tina");
    JsonNode governance = only(tina, key);
    assertThat(governance.path("name").asText())
        .isEqualTo("Continuing governance of the SMS (8.1)");
    assertThat(
            tina.submitTaskForm(
                    governance.path("id").asText(),
                    Map.of(
                        ContinualImprovementModel.ACCOUNTABLE_SENIOR_MANAGER.name(),
                        "tina",
                        ContinualImprovementModel.GOVERNANCE_GROUP_MEMBERS.name(),
                        "Process and service owners",
                        ContinualImprovementModel.MONITORING_INTERVAL.name(),
                        "P",
                        ContinualImprovementModel.INTERNAL_AUDIT_INTERVAL.name(),
                        "P6M",
                        ContinualImprovementModel.MANAGEMENT_REVIEW_INTERVAL.name(),
                        "P1Y"))
                .getStatusCode())
        .as("an interval of nothing")
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            tina.submitTaskForm(
                    governance.path("id").asText(),
                    Map.of(
                        ContinualImprovementModel.ACCOUNTABLE_SENIOR_MANAGER.name(),
                        "tina",
                        ContinualImprovementModel.GOVERNANCE_GROUP_MEMBERS.name(),
                        "Process and service owners",
                        ContinualImprovementModel.MONITORING_INTERVAL.name(),
                        "P1M",
                        ContinualImprovementModel.INTERNAL_AUDIT_INTERVAL.name(),
                        "P6M",
                        ContinualImprovementModel.MANAGEMENT_REVIEW_INTERVAL.name(),
                        "P1Y"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    String improvementId =
        implementation.scenario().instance(ContinualImprovementModel.KEY).getId();
    engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(improvementId)
        .timers()
        .list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));

    complete(
        RestClient.as(http, "sofia"),
        key,
        "Monitoring of services and process performance, cycle 1",
        Map.of(
            ContinualImprovementModel.PERFORMANCE_SUMMARY.name(),
            "All targets met",
            ContinualImprovementModel.TARGETS_MET.name(),
            "all"));
    complete(
        RestClient.as(http, "ada"),
        key,
        "Internal audit, cycle 1",
        Implementation.cycleAuditAnswers(List.of()));
    complete(
        tina,
        key,
        "Management review, cycle 1",
        Map.of(
            ContinualImprovementModel.REVIEW_INPUTS.name(),
            "Audit and performance",
            ContinualImprovementModel.REVIEW_DECISIONS.name(),
            "Continue",
            ContinualImprovementModel.SMS_STILL_SUITABLE.name(),
            true,
            ContinualImprovementModel.FINDINGS.name(),
            "Publish the service catalogue on the intranet"));
    assertThat(only(RestClient.as(http, "simon"), key).path("name").asText())
        .isEqualTo(
            "Prioritise and plan the improvement: Publish the service catalogue on the intranet");
  }

  @Test
  void theGovernanceGroupsChangeTheScheduleWithoutRedeployingAndOthersCannot() {
    String id =
        engine
            .getRuntimeService()
            .createProcessInstanceByKey(ContinualImprovementModel.KEY)
            .businessKey("schedule-" + System.nanoTime())
            .setVariables(
                Map.of(
                    ProgrammeModel.IMPLEMENTATION_ID.name(),
                    "schedule-test",
                    ContinualImprovementModel.MONITORING_INTERVAL.name(),
                    "P1M",
                    ContinualImprovementModel.INTERNAL_AUDIT_INTERVAL.name(),
                    "P6M",
                    ContinualImprovementModel.MANAGEMENT_REVIEW_INTERVAL.name(),
                    "P1Y"))
            .startAfterActivity(ContinualImprovementModel.CONTINUING_GOVERNANCE_TASK)
            .execute()
            .getId();
    Job audit =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(id)
            .activityId(ContinualImprovementModel.INTERNAL_AUDIT_TIMER)
            .singleResult();

    assertThat(
            put(
                    "sofia",
                    id,
                    Map.of(ContinualImprovementModel.INTERNAL_AUDIT_INTERVAL.name(), "P3M"))
                .getStatusCode())
        .as("a service owner sees continual improvement but does not govern it")
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            put("ivan", id, Map.of(ContinualImprovementModel.INTERNAL_AUDIT_INTERVAL.name(), "P3M"))
                .getStatusCode())
        .as("a role holder without oversight does not see it")
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> bad =
        put(
            "tina",
            id,
            Map.of(ContinualImprovementModel.INTERNAL_AUDIT_INTERVAL.name(), "every quarter"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains(ContinualImprovementModel.INTERNAL_AUDIT_INTERVAL.name());

    ResponseEntity<String> changed =
        put(
            "bea",
            id,
            Map.of(
                ContinualImprovementModel.INTERNAL_AUDIT_INTERVAL.name(),
                "P3M",
                "rescheduleWaitingTimers",
                true));
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode schedule = RestClient.json(changed.getBody());
    assertThat(schedule.path("internal-audit").path("interval").asText()).isEqualTo("P3M");
    assertThat(
            engine
                .getRuntimeService()
                .getVariable(id, ContinualImprovementModel.INTERNAL_AUDIT_INTERVAL.name()))
        .isEqualTo("P3M");
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .jobId(audit.getId())
                .singleResult()
                .getDuedate())
        .as("the waiting internal audit moves to the new interval")
        .isBefore(audit.getDuedate());
  }

  private ResponseEntity<String> put(String user, String id, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(
        "/api/continual-improvement/" + id + "/schedule",
        HttpMethod.PUT,
        new HttpEntity<>(body, headers),
        String.class);
  }

  private void vote(String member, String businessKey) {
    RestClient board = RestClient.as(http, member);
    JsonNode gate = only(board, businessKey);
    assertThat(gate.path("name").asText()).isEqualTo("Phase 3 gate: implementation board vote");
    assertThat(
            board
                .submitTaskForm(
                    gate.path("id").asText(),
                    Map.of(
                        GateModel.GATE_VOTE.name(),
                        "approve",
                        GateModel.GATE_VOTE_NOTES.name(),
                        "Agreed"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private static void complete(
      RestClient user, String businessKey, String namePrefix, Map<String, Object> values) {
    JsonNode tasks = user.tasks("processInstanceBusinessKey=" + businessKey);
    JsonNode task = null;
    for (JsonNode candidate : tasks) {
      if (candidate.path("name").asText().startsWith(namePrefix)) {
        task = candidate;
      }
    }
    assertThat(task).as("a task '%s' for this user", namePrefix).isNotNull();
    assertThat(user.submitTaskForm(task.path("id").asText(), values).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private static JsonNode only(RestClient user, String businessKey) {
    JsonNode tasks = user.tasks("processInstanceBusinessKey=" + businessKey);
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }
}
