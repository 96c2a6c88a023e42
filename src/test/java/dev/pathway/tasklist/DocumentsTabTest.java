package dev.pathway.tasklist;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The "Documents" tab of a task in Tasklist, over its API as the demo role holders use it: the
 * incident manager attaches a file to a Table B.1 activity task, the activity's form shows it and
 * records it as the evidence of "achieved", and the register and the document's history say so;
 * versions picked from the register must be issued and readable; nobody else attaches anything.
 */
@PathwayTest
class DocumentsTabTest {

  private static final String INCIDENTS = "Incident management (including request fulfilment) a)";

  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;
  @Autowired TestRestTemplate http;

  private Implementation implementation;
  private String implementationId;
  private Task activity;

  @BeforeEach
  void phaseOne() {
    implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    implementationId = implementation.programme().getId();
    activity =
        implementation.activityTasks().stream()
            .filter(task -> task.getName().equals(INCIDENTS))
            .findFirst()
            .orElseThrow();
  }

  @Test
  void aFileAttachedInTheTabIsTheEvidenceTheFormRecordsAsAchieved() {
    String activityId = implementation.activityId(activity);
    JsonNode empty = tab("ivan", activity.getId());
    assertThat(empty.get("kind").asText()).isEqualTo("activity");
    assertThat(empty.get("mayWork").asBoolean()).isTrue();
    assertThat(empty.at("/activity/reference").asText()).isEqualTo(INCIDENTS);
    assertThat(empty.at("/activity/phase").asInt()).isEqualTo(1);
    assertThat(empty.get("evidence")).isEmpty();

    ResponseEntity<String> uploaded =
        RestClient.as(http, "ivan")
            .postMultipart(
                "/api/tasks/" + activity.getId() + "/evidence",
                Map.of(
                    "file",
                    file("minutes.txt", "text/plain", "Incident review minutes".getBytes()),
                    "title",
                    "Minutes of the incident review"));
    assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode attached = RestClient.json(uploaded.getBody());
    assertThat(attached.get("message").asText())
        .isEqualTo(
            "DOC-0001 v1 attached: the activity's form lists it under \"Documents from the register\"");
    JsonNode evidence = attached.get("evidence").get(0);
    assertThat(evidence.get("reference").asText()).isEqualTo("DOC-0001 v1");
    assertThat(evidence.get("title").asText()).isEqualTo("Minutes of the incident review");
    assertThat(evidence.get("type").asText()).isEqualTo("record");
    assertThat(evidence.get("status").asText()).isEqualTo("issued");
    assertThat(evidence.get("fileName").asText()).isEqualTo("minutes.txt");
    assertThat(tab("ivan", activity.getId()).get("evidence")).hasSize(1);

    JsonNode record =
        RestClient.as(http, "ivan")
            .getJson("/api/documents/" + evidence.get("documentId").asText());
    assertThat(record.at("/document/ownerGroup").asText()).isEqualTo("incident-management");
    assertThat(record.at("/document/areas/0").asText())
        .isEqualTo("incident-management-including-request-fulfilment");
    assertThat(record.at("/versions/0/changeSummary").asText())
        .isEqualTo("Evidence of Table B.1 " + INCIDENTS + ", Phase 1");

    // what Tasklist's form is given, and submits back
    JsonNode formVariables =
        RestClient.as(http, "ivan")
            .getJson("/engine-rest/task/" + activity.getId() + "/form-variables");
    assertThat(formVariables.at("/evidenceDocuments/value").asText()).isEqualTo("DOC-0001 v1");
    ResponseEntity<String> completed =
        RestClient.as(http, "ivan")
            .submitTaskForm(
                activity.getId(),
                Map.of("outcome", "achieved", "evidenceDocuments", "DOC-0001 v1"));
    assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode line =
        lineOf(
            RestClient.as(http, "bea")
                .getJson("/api/implementations/" + implementationId + "/register"),
            activityId);
    assertThat(line.get("outcome").asText()).isEqualTo("achieved");
    assertThat(line.get("documents").asText()).isEqualTo("DOC-0001 v1");
    JsonNode history =
        RestClient.as(http, "ivan")
            .getJson("/api/documents/" + evidence.get("documentId").asText() + "/history");
    assertThat(history.findValuesAsText("action"))
        .containsExactly("registered", "uploaded", "evidence");
    assertThat(history.get(2).get("detail").asText())
        .isEqualTo("Evidence of Table B.1 " + INCIDENTS + ", Phase 1");
    assertThat(history.get(2).get("actor").asText()).isEqualTo("ivan");
  }

  @Test
  void onlyIssuedVersionsOfTheRegisterThatTheWorkerMayReadArePicked() {
    String minutes = register("Minutes of the kick-off", "record", "incident-management");
    upload("paul", minutes, "minutes.txt");
    String policy = register("Incident policy", "policy", "incident-management");
    upload("paul", policy, "policy.pdf");
    String budget = register("Budget records", "record", "finance-management");
    upload("paul", budget, "budget.csv");

    JsonNode tab = tab("ivan", activity.getId());
    assertThat(tab.get("choices").findValuesAsText("reference"))
        .as("issued versions ivan may read")
        .containsExactly("DOC-0001 v1");
    assertThat(tab.get("writable").findValuesAsText("identifier"))
        .containsExactly("DOC-0001", "DOC-0002");

    assertPickRefused("DOC-0002 v1", "DOC-0002 v1 is draft: only an issued version is evidence");
    assertPickRefused("DOC-0003 v1", "DOC-0003 is not in this implementation's register");
    assertPickRefused("DOC-0099 v1", "DOC-0099 is not in this implementation's register");
    assertPickRefused("the minutes", "name one version of the register, as DOC-0003 v2");

    ResponseEntity<String> picked = pick("ivan", "DOC-0001 v1");
    assertThat(picked.getStatusCode()).as(picked.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(pick("ivan", "DOC-0001v1").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(
            RestClient.json(pick("ivan", "DOC-0001 v1").getBody())
                .get("evidence")
                .findValuesAsText("reference"))
        .as("attached once")
        .containsExactly("DOC-0001 v1");

    // a new version of the policy is a draft: stored, not evidence
    ResponseEntity<String> draft =
        RestClient.as(http, "ivan")
            .postMultipart(
                "/api/tasks/" + activity.getId() + "/evidence",
                Map.of(
                    "file",
                    file("policy-v2.pdf", "application/pdf", "v2".getBytes()),
                    "documentId",
                    policy,
                    "changeSummary",
                    "Escalation added"));
    assertThat(draft.getStatusCode()).as(draft.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode afterDraft = RestClient.json(draft.getBody());
    assertThat(afterDraft.get("message").asText())
        .startsWith("DOC-0002 v2 is stored as a draft: a policy is evidence once");
    assertThat(afterDraft.get("evidence").findValuesAsText("reference"))
        .containsExactly("DOC-0001 v1");

    ResponseEntity<String> foreignDocument =
        RestClient.as(http, "ivan")
            .postMultipart(
                "/api/tasks/" + activity.getId() + "/evidence",
                Map.of("file", file("x.txt", "text/plain", "x".getBytes()), "documentId", budget));
    assertThat(foreignDocument.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void whoMayNotWorkOnTheTaskAttachesNothing() {
    // carla (change, configuration, release management) is no candidate; bea oversees the programme
    for (String outsider : new String[] {"carla", "bea"}) {
      assertThat(RestClient.as(http, outsider).get(tabPath(activity.getId())).getStatusCode())
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(uploadEvidence(outsider, activity.getId()).getStatusCode())
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(pick(outsider, "DOC-0001 v1").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(
              RestClient.as(http, outsider)
                  .get("/api/tasks/" + activity.getId() + "/register")
                  .getStatusCode())
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(RestClient.as(http, "ivan").get(tabPath("no-such-task")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(RestClient.anonymous(http).get(tabPath(activity.getId())).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    // claimed by someone else, the task is theirs: ivan reads the tab, attaches nothing
    engine.getTaskService().setAssignee(activity.getId(), "demo");
    JsonNode claimed = tab("ivan", activity.getId());
    assertThat(claimed.get("mayWork").asBoolean()).isFalse();
    assertThat(uploadEvidence("ivan", activity.getId()).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(engine.getTaskService().getVariableLocal(activity.getId(), "evidenceDocuments"))
        .isNull();
    assertThat(
            RestClient.as(http, "ivan")
                .getJson("/api/documents?implementationId=" + implementationId))
        .as("nothing stored")
        .isEmpty();
  }

  @Test
  void aRoleHolderReadsTheRegisterFromTheTaskTheyWorkOn() {
    ResponseEntity<String> whole =
        RestClient.as(http, "ivan").get("/api/implementations/" + implementationId + "/register");
    assertThat(whole.getStatusCode())
        .as("ivan may not read the implementation itself")
        .isEqualTo(HttpStatus.NOT_FOUND);
    JsonNode register =
        RestClient.as(http, "ivan").getJson("/api/tasks/" + activity.getId() + "/register");
    assertThat(register)
        .hasSize(catalogue.activities().stream().mapToInt(a -> a.phases().size()).sum());
    assertThat(lineOf(register, implementation.activityId(activity)).get("outcome").asText())
        .isEqualTo("open");
  }

  @Test
  void aDocumentsReviewTaskShowsTheVersionUnderReviewAndItsHistory() {
    String policy = register("Service management policy", "policy", "top-management");
    upload("paul", policy, "policy.pdf");
    assertThat(
            RestClient.as(http, "paul")
                .post("/api/documents/" + policy + "/versions/1/submit", Map.of())
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    Task review =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey("DOC-0001-v1")
            .processDefinitionKey("document-approval")
            .list()
            .stream()
            .filter(task -> implementationOfReview(task).equals(implementationId))
            .findFirst()
            .orElseThrow();

    JsonNode tab = tab("paul", review.getId());
    assertThat(tab.get("kind").asText()).isEqualTo("document");
    assertThat(tab.get("implementationId").asText()).isEqualTo(implementationId);
    assertThat(tab.at("/document/document/identifier").asText()).isEqualTo("DOC-0001");
    assertThat(tab.at("/document/inQuestion").asInt()).isEqualTo(1);
    assertThat(tab.at("/document/versions/0/status").asText()).isEqualTo("in-review");
    assertThat(tab.at("/document/history").findValuesAsText("action"))
        .containsExactly("registered", "uploaded", "submitted");
    assertThat(uploadEvidence("paul", review.getId()).getStatusCode())
        .as("evidence belongs to activities")
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(RestClient.as(http, "paul").getJson("/api/tasks/" + review.getId() + "/register"))
        .isNotEmpty();
    assertThat(RestClient.as(http, "ivan").get(tabPath(review.getId())).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private String implementationOfReview(Task review) {
    String documentId = (String) engine.getTaskService().getVariable(review.getId(), "documentId");
    return RestClient.as(http, "paul")
        .getJson("/api/documents/" + documentId)
        .at("/document/implementationId")
        .asText();
  }

  private void assertPickRefused(String reference, String message) {
    ResponseEntity<String> refused = pick("ivan", reference);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(RestClient.json(refused.getBody()).get("message").asText()).contains(message);
  }

  private ResponseEntity<String> pick(String user, String reference) {
    return RestClient.as(http, user)
        .post(
            "/api/tasks/" + activity.getId() + "/evidence/versions",
            Map.of("reference", reference));
  }

  private ResponseEntity<String> uploadEvidence(String user, String taskId) {
    return RestClient.as(http, user)
        .postMultipart(
            "/api/tasks/" + taskId + "/evidence",
            Map.of("file", file("notes.txt", "text/plain", "notes".getBytes())));
  }

  private JsonNode tab(String user, String taskId) {
    return RestClient.as(http, user).getJson(tabPath(taskId));
  }

  private static String tabPath(String taskId) {
    return "/api/tasks/" + taskId + "/documents";
  }

  private String register(String title, String type, String ownerGroup) {
    return DocumentRequests.register(
            RestClient.as(http, "paul"),
            DocumentRequests.newDocument(implementationId, title, type, ownerGroup))
        .get("id")
        .asText();
  }

  private void upload(String user, String documentId, String name) {
    String mediaType =
        name.endsWith(".pdf")
            ? "application/pdf"
            : name.endsWith(".csv") ? "text/csv" : "text/plain";
    assertThat(
            RestClient.as(http, user)
                .uploadVersion(documentId, file(name, mediaType, name.getBytes()), "First")
                .getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  private static JsonNode lineOf(JsonNode register, String activityId) {
    for (JsonNode line : register) {
      if (line.get("activityId").asText().equals(activityId) && line.get("phase").asInt() == 1) {
        return line;
      }
    }
    throw new AssertionError("no line for " + activityId);
  }
}
