package dev.pathway.documents;

import static dev.pathway.support.RestClient.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.support.DocumentRequests;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A Table B.1 activity shows its outcome with versions from the register: issued ones only, of its
 * own implementation; the record links them and the requirements register shows them.
 */
@PathwayTest
class EvidenceOnActivitiesTest {

  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;
  @Autowired TestRestTemplate http;

  @Test
  void anActivityAchievedWithAnIssuedRecordFromTheRegister() {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    String implementationId = implementation.programme().getId();
    Task activity = implementation.activityTasks().get(0);
    String holder = implementation.memberOf(implementation.candidateGroups(activity));
    String activityId = implementation.activityId(activity);

    String minutes = register(implementationId, "Minutes of the kick-off", "record");
    upload(minutes, "minutes.txt", "text/plain");
    String policy = register(implementationId, "Service management policy", "policy");
    upload(policy, "policy.pdf", "application/pdf");

    assertRefused(
        holder,
        activity,
        "DOC-0002 v1",
        "DOC-0002 v1 is draft: only an issued version is evidence");
    assertRefused(
        holder, activity, "DOC-0099 v1", "DOC-0099 v1 is not in this implementation's register");
    assertRefused(holder, activity, "the minutes", "name register versions as DOC-0003 v2");

    ResponseEntity<String> completed =
        RestClient.as(http, holder).submitTaskForm(activity.getId(), achieved("DOC-0001 v1"));
    assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode row =
        findRow(
            RestClient.as(http, "bea")
                .getJson("/api/implementations/" + implementationId + "/register"),
            activityId);
    assertThat(row.get("outcome").asText()).isEqualTo("achieved");
    assertThat(row.get("documents").asText()).isEqualTo("DOC-0001 v1");
  }

  private void assertRefused(String holder, Task activity, String documents, String message) {
    ResponseEntity<String> refused =
        RestClient.as(http, holder).submitTaskForm(activity.getId(), achieved(documents));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(RestClient.json(refused.getBody()).get("message").asText())
        .contains("evidenceDocuments")
        .contains(message);
    assertThat(engine.getTaskService().createTaskQuery().taskId(activity.getId()).count())
        .as("the task stays open")
        .isEqualTo(1);
  }

  private static Map<String, Object> achieved(String documents) {
    return Map.of("outcome", "achieved", "evidenceDocuments", documents);
  }

  private String register(String implementationId, String title, String type) {
    return DocumentRequests.register(
            RestClient.as(http, "paul"),
            DocumentRequests.newDocument(implementationId, title, type, "documentation-management"))
        .get("id")
        .asText();
  }

  private void upload(String documentId, String name, String mediaType) {
    assertThat(
            RestClient.as(http, "paul")
                .uploadVersion(documentId, file(name, mediaType, name.getBytes()), "First")
                .getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  private static JsonNode findRow(JsonNode register, String activityId) {
    for (JsonNode row : register) {
      if (row.get("activityId").asText().equals(activityId) && row.get("phase").asInt() == 1) {
        return row;
      }
    }
    throw new AssertionError("no row for " + activityId);
  }
}
