package dev.pathway.phase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * "Not applicable" is decided, not declared: a member of the implementation board other than the
 * one who recorded it approves or refuses, and until approved the activity counts as open.
 */
@PathwayTest
class NotApplicableApprovalTest {

  private static final String BOARDS_OWN_ACTIVITY = "management-responsibility.j.1";
  private static final String SECURITY_INCIDENTS = "information-security-management.k";

  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;
  @Autowired TestRestTemplate http;

  @Test
  void notApplicableStaysOpenUntilAnotherMemberOfTheBoardApprovesIt() {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    String id = implementation.programme().getId();
    int openBefore = open(id, "management-responsibility");

    assertCompleted(
        RestClient.as(http, "bea")
            .submitTaskForm(
                taskOf(implementation, BOARDS_OWN_ACTIVITY).getId(),
                Implementation.answer(Outcome.NOT_APPLICABLE)));

    JsonNode row = row(id, BOARDS_OWN_ACTIVITY);
    assertThat(row.get("outcome").asText()).isEqualTo("not-applicable");
    assertThat(row.get("notApplicableDecision").asText()).isEqualTo("pending");
    assertThat(open(id, "management-responsibility"))
        .as("recorded, but still open while the board has not decided")
        .isEqualTo(openBefore);

    assertThat(heatmapOutcome(id, BOARDS_OWN_ACTIVITY))
        .as("Cockpit's heatmap shows it waiting for the board")
        .isEqualTo("not-applicable-pending");

    Task decision = decisionTask(id);
    assertThat(decision.getName())
        .isEqualTo(
            "Decide whether "
                + catalogue.activity(BOARDS_OWN_ACTIVITY).reference()
                + " does not apply");
    assertRefused("bea", decision, approve(), "bea recorded this activity as not applicable");
    assertRefused(
        "ben", decision, Map.of("notApplicableDecision", "refused"), "notApplicableRefusalReason");

    assertCompleted(RestClient.as(http, "ben").submitTaskForm(decision.getId(), approve()));

    row = row(id, BOARDS_OWN_ACTIVITY);
    assertThat(row.get("notApplicableDecision").asText()).isEqualTo("approved");
    assertThat(row.get("decidedBy").asText()).isEqualTo("ben");
    assertThat(open(id, "management-responsibility")).isEqualTo(openBefore - 1);
    assertThat(heatmapOutcome(id, BOARDS_OWN_ACTIVITY)).isEqualTo("not-applicable");
  }

  @Test
  void aRefusalKeepsTheActivityOpenAtTheGateWithTheBoardsReason() {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    String id = implementation.programme().getId();
    implementation.completeActivities(
        activityId ->
            activityId.equals(SECURITY_INCIDENTS) ? Outcome.NOT_APPLICABLE : Outcome.ACHIEVED);
    Map<String, Object> refusal = new HashMap<>();
    refusal.put("notApplicableDecision", "refused");
    refusal.put(
        "notApplicableRefusalReason", "Incidents affecting information security are in scope");
    assertCompleted(RestClient.as(http, "ben").submitTaskForm(decisionTask(id).getId(), refusal));

    JsonNode row = row(id, SECURITY_INCIDENTS);
    assertThat(row.get("notApplicableDecision").asText()).isEqualTo("refused");
    assertThat(row.get("refusalReason").asText())
        .isEqualTo("Incidents affecting information security are in scope");

    implementation.analyse();
    JsonNode gate = progress(id).get("gates").get(0);
    assertThat(gate.get("unfinishedCount").asInt())
        .as("the refused 'not applicable' is the one unfinished activity at the gate")
        .isEqualTo(1);
  }

  private void assertRefused(
      String member, Task decision, Map<String, Object> values, String message) {
    ResponseEntity<String> refused =
        RestClient.as(http, member).submitTaskForm(decision.getId(), values);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(RestClient.json(refused.getBody()).get("message").asText()).contains(message);
    assertThat(engine.getTaskService().createTaskQuery().taskId(decision.getId()).count())
        .as("the decision stays open")
        .isEqualTo(1);
  }

  private static void assertCompleted(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private static Map<String, Object> approve() {
    return Map.of("notApplicableDecision", "approved");
  }

  private Task taskOf(Implementation implementation, String activityId) {
    return implementation.activityTasks().stream()
        .filter(task -> implementation.activityId(task).equals(activityId))
        .findFirst()
        .orElseThrow(() -> new AssertionError(activityId + " is not planned"));
  }

  private Task decisionTask(String implementationId) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processDefinitionKey(NotApplicableApprovalModel.KEY)
        .processVariableValueEquals(ProgrammeModel.IMPLEMENTATION_ID.name(), implementationId)
        .singleResult();
  }

  private JsonNode progress(String implementationId) {
    return RestClient.as(http, "bea")
        .getJson("/api/implementations/" + implementationId + "/progress");
  }

  private int open(String implementationId, String areaId) {
    for (JsonNode area : progress(implementationId).get("phases").get(0).get("areas")) {
      if (area.get("areaId").asText().equals(areaId)) {
        return area.get("open").asInt();
      }
    }
    throw new AssertionError("no area " + areaId);
  }

  private String heatmapOutcome(String implementationId, String activityId) {
    JsonNode phaseOne =
        RestClient.as(http, "bea")
            .getJson("/api/monitoring/implementations/" + implementationId)
            .get("heatmap")
            .get(0);
    for (JsonNode activity :
        phaseOne.findValues("activities").stream()
            .flatMap(list -> java.util.stream.StreamSupport.stream(list.spliterator(), false))
            .toList()) {
      if (activity.get("activityId").asText().equals(activityId)) {
        return activity.get("outcome").asText();
      }
    }
    throw new AssertionError("no heatmap line for " + activityId);
  }

  private JsonNode row(String implementationId, String activityId) {
    for (JsonNode row :
        RestClient.as(http, "bea")
            .getJson("/api/implementations/" + implementationId + "/register")) {
      if (row.get("activityId").asText().equals(activityId) && row.get("phase").asInt() == 1) {
        return row;
      }
    }
    throw new AssertionError("no row for " + activityId);
  }
}
