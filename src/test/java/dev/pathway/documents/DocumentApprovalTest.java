package dev.pathway.documents;

import static dev.pathway.support.RestClient.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.support.DocumentRequests;
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
import java.util.List;
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
import org.springframework.http.ResponseEntity;

/**
 * Approval before issue (Table B.1 Document and record management c) 5)): a policy's version is
 * reviewed by documentation management, approved by top management and issued; a version sent back
 * goes to its author as a draft with the reason, and the issued one stays current.
 */
@PathwayTest
class DocumentApprovalTest {

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate http;

  private String policy;

  @AfterEach
  void engineClock() {
    ClockUtil.reset();
  }

  @BeforeEach
  void aPolicyWithAFirstDraft() {
    AbstractAssertions.init(engine);
    String implementationId =
        new Scenario(engine).startProgramme("tina", StartUpAnswers.start()).getId();
    Map<String, Object> request =
        DocumentRequests.newDocument(
            implementationId, "Service management policy", "policy", "top-management");
    request.put("areas", List.of("management-responsibility"));
    request.put("reviewDate", "2027-06-30");
    policy = DocumentRequests.register(RestClient.as(http, "paul"), request).get("id").asText();
    upload("First issue");
  }

  @Test
  void reviewedByDocumentationManagementApprovedByTopManagementAndIssued() {
    ProcessInstance approval = submit(1);
    assertThat(document().get("status").asText()).isEqualTo("in-review");

    Task review = task(approval, DocumentApprovalModel.REVIEW_TASK);
    assertThat(review.getName())
        .isEqualTo(
            "Review "
                + document().get("identifier").asText()
                + " Service management policy, version 1");
    assertThat(decide("paul", review, "documentReview", "approved", null))
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(
            RestClient.as(http, "ivan")
                .submitTaskForm(
                    task(approval, DocumentApprovalModel.APPROVAL_TASK).getId(),
                    Map.of("documentApproval", "approved"))
                .getStatusCode())
        .as("only top management approves a policy")
        .isEqualTo(HttpStatus.FORBIDDEN);
    decide(
        "tina",
        task(approval, DocumentApprovalModel.APPROVAL_TASK),
        "documentApproval",
        "approved",
        null);

    assertThat(approval).isEnded().hasPassed(DocumentApprovalModel.ISSUED_END);
    JsonNode document = document();
    assertThat(document.get("status").asText()).isEqualTo("issued");
    assertThat(document.get("currentVersion").asInt()).isEqualTo(1);
    assertThat(actions()).containsSubsequence("submitted", "issued");
  }

  @Test
  void aVersionSentBackReturnsToItsAuthorAndTheIssuedOneStaysCurrent() {
    ProcessInstance first = submit(1);
    reviewAndApprove(first);

    upload("Adds the commitment to continual improvement");
    ProcessInstance second = submit(2);
    assertThat(
            decide(
                "paul",
                task(second, DocumentApprovalModel.REVIEW_TASK),
                "documentReview",
                "sent-back",
                null))
        .as("a send-back needs its reason")
        .isEqualTo(HttpStatus.BAD_REQUEST);
    decide(
        "paul",
        task(second, DocumentApprovalModel.REVIEW_TASK),
        "documentReview",
        "sent-back",
        "Clause 5.2 c) is missing");

    assertThat(second).isEnded().hasPassed(DocumentApprovalModel.SENT_BACK_END);
    JsonNode document = document();
    assertThat(document.get("status").asText()).as("version 1 is still issued").isEqualTo("issued");
    assertThat(document.get("currentVersion").asInt()).isEqualTo(1);
    JsonNode history = RestClient.as(http, "paul").getJson("/api/documents/" + policy + "/history");
    assertThat(history.findValuesAsText("detail")).contains("Clause 5.2 c) is missing");

    ProcessInstance again = submit(2);
    decide(
        "paul", task(again, DocumentApprovalModel.REVIEW_TASK), "documentReview", "approved", null);
    decide(
        "tina",
        task(again, DocumentApprovalModel.APPROVAL_TASK),
        "documentApproval",
        "sent-back",
        "Not before the management review");
    assertThat(again).isEnded().hasPassed(DocumentApprovalModel.SENT_BACK_END);
    assertThat(
            RestClient.as(http, "paul")
                .post("/api/documents/" + policy + "/versions/1/submit", Map.of())
                .getStatusCode())
        .as("an issued version is not submitted again")
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void anIssuedDocumentIsReviewedOnItsReviewDateUntilItNeedsRevision() {
    reviewAndApprove(submit(1));
    ProcessInstance review = periodicReview();
    assertThat(review).isWaitingAt(DocumentReviewModel.REVIEW_DATE_TIMER);
    assertThat(job(review).getDuedate()).hasYear(2027).hasMonth(6).hasDayOfMonth(30);

    engine.getManagementService().executeJob(job(review).getId());
    Task periodic = task(review, DocumentReviewModel.PERIODIC_REVIEW_TASK);
    assertThat(
            RestClient.as(http, "tina")
                .submitTaskForm(periodic.getId(), Map.of("periodicReviewResult", "still-valid"))
                .getStatusCode())
        .as("a still valid document needs its next review date")
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            RestClient.as(http, "tina")
                .submitTaskForm(
                    periodic.getId(),
                    Map.of("periodicReviewResult", "still-valid", "nextReviewDate", "2028-06-30"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(review).isWaitingAt(DocumentReviewModel.REVIEW_DATE_TIMER);
    assertThat(document().get("reviewDate").asText()).isEqualTo("2028-06-30");
    assertThat(job(review).getDuedate()).hasYear(2028);

    engine.getManagementService().executeJob(job(review).getId());
    RestClient.as(http, "paul")
        .submitTaskForm(
            task(review, DocumentReviewModel.PERIODIC_REVIEW_TASK).getId(),
            Map.of(
                "periodicReviewResult",
                "needs-revision",
                "periodicReviewNotes",
                "The new SLA template is not referenced"));
    assertThat(review).isEnded().hasPassed(DocumentReviewModel.REVISION_DUE_END);
    JsonNode history = RestClient.as(http, "paul").getJson("/api/documents/" + policy + "/history");
    assertThat(history.findValuesAsText("detail"))
        .contains(
            "still valid; next review 2028-06-30",
            "needs revision: The new SLA template is not referenced");
  }

  @Test
  void aLateApprovalBeforeIssueOpensAnEscalationForDocumentationManagementThatEndsWithTheIssue() {
    Instant submitted = Instant.parse("2027-02-01T09:00:00Z");
    ClockUtil.setCurrentTime(Date.from(submitted));
    ProcessInstance approval = submit(1);
    decide(
        "paul",
        task(approval, DocumentApprovalModel.REVIEW_TASK),
        "documentReview",
        "approved",
        null);
    Task late = task(approval, DocumentApprovalModel.APPROVAL_TASK);
    LateTasks.fireAfter(
        engine,
        approval.getId(),
        DocumentApprovalModel.APPROVAL_LATE_TIMER,
        submitted.plus(5, ChronoUnit.DAYS),
        Duration.ofDays(1));

    assertThat(approval)
        .isWaitingAt(
            DocumentApprovalModel.APPROVAL_TASK, DocumentApprovalModel.APPROVAL_ESCALATION_TASK);
    Task escalation = task(approval, DocumentApprovalModel.APPROVAL_ESCALATION_TASK);
    assertThat(escalation.getName()).isEqualTo("Escalation: " + late.getName() + " is late");
    assertThat(escalation.getDescription())
        .contains("waiting since 2027-02-01")
        .contains("due since 2027-02-06");
    assertThat(LateTasks.candidateGroups(engine, escalation))
        .containsExactly("documentation-management");
    assertThat(task(approval, DocumentApprovalModel.APPROVAL_TASK).getId())
        .as("the approval stays open")
        .isEqualTo(late.getId());

    decide("tina", late, "documentApproval", "approved", null);
    assertThat(approval).isEnded().hasPassed(DocumentApprovalModel.ISSUED_END);
    assertThat(document().get("status").asText()).isEqualTo("issued");
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .taskDefinitionKey(DocumentApprovalModel.APPROVAL_ESCALATION_TASK)
                .processInstanceId(approval.getId())
                .count())
        .as("nothing left to chase once the version is issued")
        .isZero();
  }

  @Test
  void aLatePeriodicReviewOpensAnEscalationAnsweredWithWhatWasDecided() {
    reviewAndApprove(submit(1));
    ProcessInstance review = periodicReview();
    Instant reviewDate = Instant.parse("2027-06-30T00:00:00Z");
    ClockUtil.setCurrentTime(Date.from(reviewDate));
    engine.getManagementService().executeJob(job(review).getId());
    Task late = task(review, DocumentReviewModel.PERIODIC_REVIEW_TASK);
    LateTasks.fireAfter(
        engine,
        review.getId(),
        DocumentReviewModel.PERIODIC_REVIEW_LATE_TIMER,
        reviewDate.plus(10, ChronoUnit.DAYS),
        Duration.ofDays(1));

    Task escalation = task(review, DocumentReviewModel.PERIODIC_REVIEW_ESCALATION_TASK);
    assertThat(escalation.getName()).isEqualTo("Escalation: " + late.getName() + " is late");
    assertThat(escalation.getDescription()).contains("due since 2027-07-10");
    assertThat(LateTasks.candidateGroups(engine, escalation))
        .containsExactly("documentation-management");
    LateTasks.answer(http, "paul", escalation, "Asked the policy owner to review it this week");
    assertThat(review).isWaitingAt(DocumentReviewModel.PERIODIC_REVIEW_TASK);
    assertThat(task(review, DocumentReviewModel.PERIODIC_REVIEW_ESCALATION_TASK)).isNull();
  }

  private org.camunda.bpm.engine.runtime.Job job(ProcessInstance instance) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .singleResult();
  }

  private ProcessInstance periodicReview() {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(DocumentReviewModel.KEY)
        .variableValueEquals(DocumentReviewModel.DOCUMENT_ID.name(), policy)
        .singleResult();
  }

  private void reviewAndApprove(ProcessInstance approval) {
    decide(
        "paul",
        task(approval, DocumentApprovalModel.REVIEW_TASK),
        "documentReview",
        "approved",
        null);
    decide(
        "tina",
        task(approval, DocumentApprovalModel.APPROVAL_TASK),
        "documentApproval",
        "approved",
        null);
  }

  private void upload(String changeSummary) {
    ResponseEntity<String> uploaded =
        RestClient.as(http, "paul")
            .uploadVersion(
                policy,
                file("policy.pdf", "application/pdf", changeSummary.getBytes()),
                changeSummary);
    assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  private ProcessInstance submit(int version) {
    ResponseEntity<String> submitted =
        RestClient.as(http, "paul")
            .post("/api/documents/" + policy + "/versions/" + version + "/submit", Map.of());
    assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(RestClient.json(submitted.getBody()).get("status").asText()).isEqualTo("in-review");
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(DocumentApprovalModel.KEY)
        .variableValueEquals(DocumentApprovalModel.DOCUMENT_ID.name(), policy)
        .variableValueEquals(DocumentApprovalModel.VERSION.name(), version)
        .singleResult();
  }

  private Task task(ProcessInstance approval, String taskKey) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(approval.getId())
        .taskDefinitionKey(taskKey)
        .singleResult();
  }

  private HttpStatus decide(String user, Task task, String field, String decision, String reason) {
    Map<String, Object> values = new HashMap<>();
    values.put(field, decision);
    if (reason != null) {
      values.put(field + "ReturnReason", reason);
    }
    return HttpStatus.valueOf(
        RestClient.as(http, user).submitTaskForm(task.getId(), values).getStatusCode().value());
  }

  private JsonNode document() {
    return RestClient.as(http, "paul").getJson("/api/documents/" + policy).get("document");
  }

  private List<String> actions() {
    return RestClient.as(http, "paul")
        .getJson("/api/documents/" + policy + "/history")
        .findValuesAsText("action");
  }
}
