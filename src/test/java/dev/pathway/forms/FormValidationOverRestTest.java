package dev.pathway.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.startup.StartUpModel;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import dev.pathway.support.StartUpAnswers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Bad input is refused with 400 naming the field, over every REST door; the task stays open and
 * nothing changes.
 */
@PathwayTest
class FormValidationOverRestTest {

  @Autowired TestRestTemplate http;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;

  @Test
  void aStartFormWithoutARequiredFieldStartsNothing() {
    Map<String, Object> start = new HashMap<>(StartUpAnswers.start());
    start.remove(ProgrammeModel.SCOPE_STATEMENT.name());
    String businessKey = "refused-start-" + System.nanoTime();
    ResponseEntity<String> response =
        RestClient.as(http, "tina").submitStartForm(ProgrammeModel.KEY, businessKey, start);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(response))
        .contains(ProgrammeModel.SCOPE_STATEMENT.name())
        .contains("is required");
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey)
                .count())
        .isZero();
  }

  @Test
  void startingThroughTheRestStartEndpointIsCheckedToo() {
    ResponseEntity<String> response =
        RestClient.as(http, "tina")
            .post(
                "/engine-rest/process-definition/key/sms-implementation/start",
                Map.of(
                    "variables",
                    Map.of(
                        ProgrammeModel.SERVICE_PROVIDER.name(),
                        Map.of("value", "Northwind", "type", "String"))));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(response)).contains(ProgrammeModel.SCOPE_STATEMENT.name());
  }

  @Test
  void aMissingRequiredFieldAndAnOptionTheFormDoesNotOfferAreRefusedTogether() {
    String taskId = approvalTask();
    Map<String, Object> bad = Map.of(StartUpModel.GAP_ANALYSIS_APPROVAL.name(), "maybe later");

    for (ResponseEntity<String> response :
        new ResponseEntity[] {
          RestClient.as(http, "tina").submitTaskForm(taskId, bad),
          RestClient.as(http, "tina").completeTask(taskId, bad)
        }) {
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(message(response))
          .contains(StartUpModel.GAP_ANALYSIS_APPROVAL.name())
          .contains("'maybe later' is not one of the options offered");
    }
    assertThat(taskService.createTaskQuery().taskId(taskId).count())
        .as("the task stays open")
        .isEqualTo(1);
    assertThat(taskService.getVariable(taskId, StartUpModel.GAP_ANALYSIS_APPROVAL.name()))
        .as("nothing is written")
        .isNull();
  }

  @Test
  void aFieldThatTheAnswerShowsBecomesRequired() {
    String taskId = approvalTask();
    ResponseEntity<String> response =
        RestClient.as(http, "tina")
            .submitTaskForm(taskId, Map.of(StartUpModel.GAP_ANALYSIS_APPROVAL.name(), "sent-back"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(response))
        .contains(StartUpModel.GAP_ANALYSIS_BUSINESS_CASE_RETURN_REASON.name())
        .doesNotContain(StartUpModel.GAP_ANALYSIS_FUNDING.name());

    ResponseEntity<String> negative =
        RestClient.as(http, "tina")
            .submitTaskForm(
                taskId,
                Map.of(
                    StartUpModel.GAP_ANALYSIS_APPROVAL.name(),
                    "approved",
                    StartUpModel.GAP_ANALYSIS_FUNDING.name(),
                    -5));
    assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(negative))
        .contains(StartUpModel.GAP_ANALYSIS_FUNDING.name())
        .contains("must be at least 0");
  }

  @Test
  void aSerializedObjectIsRefusedNamingTheFieldAndTheTaskStaysOpen() {
    String taskId = approvalTask();
    Map<String, Object> variables =
        Map.of(
            StartUpModel.GAP_ANALYSIS_APPROVAL.name(),
                Map.of("value", "sent-back", "type", "String"),
            StartUpModel.GAP_ANALYSIS_BUSINESS_CASE_RETURN_REASON.name(),
                serializedObject("{\"reason\": \"too expensive\"}"));

    for (String door : List.of("submit-form", "complete")) {
      ResponseEntity<String> response =
          RestClient.as(http, "tina")
              .post("/engine-rest/task/" + taskId + "/" + door, Map.of("variables", variables));
      assertThat(response.getStatusCode()).as(door).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(message(response))
          .as(door)
          .contains(
              "gapAnalysisBusinessCaseReturnReason ('Reason for sending the business case back")
          .contains("must be a plain value, not a serialized object");
    }
    assertThat(taskService.createTaskQuery().taskId(taskId).count())
        .as("the task stays open")
        .isEqualTo(1);
    assertThat(
            taskService.getVariable(
                taskId, StartUpModel.GAP_ANALYSIS_BUSINESS_CASE_RETURN_REASON.name()))
        .as("nothing is written")
        .isNull();
  }

  @Test
  void aSerializedObjectStartsNothing() {
    Map<String, Object> variables = new HashMap<>();
    StartUpAnswers.start()
        .forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
    variables.put(
        ProgrammeModel.SERVICE_PROVIDER.name(), serializedObject("{\"name\": \"Northwind\"}"));
    String businessKey = "object-start-" + System.nanoTime();

    for (String door : List.of("submit-form", "start")) {
      ResponseEntity<String> response =
          RestClient.as(http, "tina")
              .post(
                  "/engine-rest/process-definition/key/sms-implementation/" + door,
                  Map.of("businessKey", businessKey, "variables", variables));
      assertThat(response.getStatusCode()).as(door).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(message(response))
          .as(door)
          .contains(ProgrammeModel.SERVICE_PROVIDER.name())
          .contains("not a serialized object");
    }
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey)
                .count())
        .isZero();
  }

  @Test
  void aControlCharacterIsRefusedNamingTheFieldAndTheTaskStaysOpen() {
    String taskId = approvalTask();
    Map<String, Object> withNul =
        Map.of(
            StartUpModel.GAP_ANALYSIS_APPROVAL.name(),
            "sent-back",
            StartUpModel.GAP_ANALYSIS_BUSINESS_CASE_RETURN_REASON.name(),
            "Too expensive\u0000; please split the work");

    for (ResponseEntity<String> response :
        List.of(
            RestClient.as(http, "tina").submitTaskForm(taskId, withNul),
            RestClient.as(http, "tina").completeTask(taskId, withNul))) {
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(message(response))
          .contains(
              "gapAnalysisBusinessCaseReturnReason ('Reason for sending the business case back")
          .contains("contains a control character (U+0000) that cannot be stored");
    }
    assertThat(taskService.createTaskQuery().taskId(taskId).count())
        .as("the task stays open")
        .isEqualTo(1);
    assertThat(taskService.getVariable(taskId, StartUpModel.GAP_ANALYSIS_APPROVAL.name()))
        .as("nothing is written")
        .isNull();
  }

  /** A value as REST sends a serialized Java object: the engine would store it as it is. */
  private static Map<String, Object> serializedObject(String json) {
    return Map.of(
        "type",
        "Object",
        "value",
        json,
        "valueInfo",
        Map.of(
            "objectTypeName", "java.util.HashMap", "serializationDataFormat", "application/json"));
  }

  /** A programme waiting at Annex A c), the decision on the gap analysis business case. */
  private String approvalTask() {
    String businessKey = "validation-" + System.nanoTime();
    RestClient tina = RestClient.as(http, "tina");
    RestClient paul = RestClient.as(http, "paul");
    assertThat(
            tina.submitStartForm(ProgrammeModel.KEY, businessKey, StartUpAnswers.start())
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(
            tina.submitTaskForm(openTask(tina, businessKey), StartUpAnswers.understanding())
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(
            paul.submitTaskForm(
                    openTask(paul, businessKey), StartUpAnswers.gapAnalysisBusinessCase())
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    return openTask(tina, businessKey);
  }

  private static String openTask(RestClient user, String businessKey) {
    JsonNode tasks = user.tasks("processInstanceBusinessKey=" + businessKey);
    assertThat(tasks).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  private static String message(ResponseEntity<String> response) {
    return RestClient.json(response.getBody()).path("message").asText();
  }
}
