package dev.pathway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.phase.GateModel;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.PdfText;
import dev.pathway.support.RestClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The Phase 3 full internal audit as a certification auditor expects it: an audit plan with
 * impartial auditors, findings as items, a corrective action for each nonconformity, and no Phase 3
 * exit while a major nonconformity is open.
 */
@PathwayTest
class InternalAuditTest {

  static final String INCIDENT = "incident-management-including-request-fulfilment";
  static final String INTERNAL_AUDIT = "monitor-measure-review-and-internal-audit";

  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;
  @Autowired AuditRepository audits;
  @Autowired TestRestTemplate http;
  Implementation implementation;

  @BeforeEach
  void upToThePhase3Audit() {
    implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    for (int phase = 1; phase <= 3; phase++) {
      implementation.adjustPlan();
      implementation.completeActivities(activityId -> dev.pathway.phase.Outcome.ACHIEVED);
      if (phase < 3) {
        implementation.analyse();
        implementation.passGate();
      }
    }
  }

  @Test
  void anAuditorAssignedToTheirOwnAreaIsRefusedWith400NamingTheConflict() {
    Task audit = implementation.scenario().task(AuditModel.AUDIT_TASK);
    // Ada, of the audit group, carries out the internal audit rows of Table B.1 herself
    List<Map<String, Object>> plan = implementation.auditPlan("ada", area -> true);

    ResponseEntity<String> refused =
        RestClient.as(http, "ada")
            .submitTaskForm(audit.getId(), Implementation.auditAnswers(plan, List.of()));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(RestClient.json(refused.getBody()).path("message").asText())
        .contains(
            "Ada Brandt (ada) may not audit Monitor, measure, review and internal audit: as a member"
                + " of audit they carry out activities of that area")
        .doesNotContain("Incident management");
    assertThat(engine.getTaskService().createTaskQuery().taskId(audit.getId()).count())
        .as("the audit stays open")
        .isEqualTo(1);
    assertThat(audits.audits(implementation.programme().getId())).isEmpty();

    // the auditors offered are the users of the audit group
    assertThat(
            RestClient.as(http, "ada")
                // as Tasklist reads them: JSON values as their text
                .getJson(
                    "/engine-rest/task/"
                        + audit.getId()
                        + "/form-variables?deserializeValues=false")
                .path(AuditModel.AUDITOR_OPTIONS.name())
                .path("value")
                .toString())
        .contains("Ada Brandt (ada)");
  }

  @Test
  void aMajorNonconformityOpensACorrectiveActionAndPhase3DoesNotProceedUntilItIsVerified() {
    implementation.audit(
        List.of(
            majorIncidentsClosedWithoutReview(),
            finding(INCIDENT, "8.6.1", "observation", "The incident form asks for the CI twice")));
    String implementationId = implementation.programme().getId();
    List<AuditRepository.Finding> findings = audits.findings(implementationId);
    assertThat(findings)
        .extracting(AuditRepository.Finding::kind, AuditRepository.Finding::status)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("major-nonconformity", "open"),
            org.assertj.core.groups.Tuple.tuple("observation", "noted"));
    assertThat(audits.audits(implementationId).get(0).report())
        .contains("Major nonconformity, Incident management (including request fulfilment)")
        .contains("Ada Brandt (ada), clauses 4.1, 6.2");

    RestClient paul = RestClient.as(http, "paul");
    assertThat(
            paul.getJson("/api/implementations/" + implementationId + "/audits")
                .findValuesAsText("kind"))
        .containsExactlyInAnyOrder("major-nonconformity", "observation");
    assertThat(paul.getJson("/api/implementations/" + implementationId + "/management-reviews"))
        .isEmpty();

    // the nonconformity's corrective action waits for the incident manager
    Task plan = implementation.scenario().task(CorrectiveActionModel.PLAN_TASK);
    assertThat(plan.getName())
        .startsWith(
            "Correct the nonconformity and plan its corrective action: Incident management");
    assertThat(implementation.candidateGroups(plan)).contains("incident-management");

    // Phase 3's exit decision: not while the major nonconformity is open
    implementation.prepareForAssessment();
    implementation.analyse();
    Task vote = implementation.scenario().task(GateModel.BOARD_VOTE_TASK);
    assertThat(engine.getTaskService().getVariable(vote.getId(), GateModel.EXIT_DECISION.name()))
        .isEqualTo("extend");
    assertThat(
            (String)
                engine
                    .getTaskService()
                    .getVariable(vote.getId(), GateModel.EXIT_DECISION_TEXT.name()))
        .contains("A major nonconformity found by the internal audit is still open");

    // correction, cause, action with owner and due date; taken; not effective: planned again
    planAndTake("Closed INC-0042 with a review");
    implementation
        .scenario()
        .complete(
            "ada",
            CorrectiveActionModel.VERIFY_TASK,
            Map.of(
                "verification",
                "not-effective",
                "verificationNotes",
                "Two major incidents of May closed without review"));
    assertThat(audits.findings(implementationId))
        .filteredOn(f -> f.kind().equals("major-nonconformity"))
        .extracting(AuditRepository.Finding::status)
        .containsExactly("open");
    planAndTake("Review step made mandatory in the tool");
    implementation
        .scenario()
        .complete(
            "ada",
            CorrectiveActionModel.VERIFY_TASK,
            Map.of("verification", "effective", "verificationNotes", "No closure without review"));
    assertThat(audits.findings(implementationId))
        .filteredOn(f -> f.kind().equals("major-nonconformity"))
        .allSatisfy(
            f -> {
              assertThat(f.status()).isEqualTo("closed");
              assertThat(f.closedAt()).isNotNull();
            });

    // the board sends the analysis back; with the nonconformity closed, Phase 3 may proceed
    implementation.vote("bea", "reject", "The nonconformity is closed now: analyse again");
    implementation.analyse();
    assertThat(
            engine
                .getTaskService()
                .getVariable(
                    implementation.scenario().task(GateModel.BOARD_VOTE_TASK).getId(),
                    GateModel.EXIT_DECISION.name()))
        .isEqualTo("proceed");
  }

  @Test
  void theAuditReportIsKeptAsAnIssuedRecordOfTheRegisterThatTheAreasRoleHoldersCanDownload() {
    implementation.audit(List.of(majorIncidentsClosedWithoutReview()));
    String implementationId = implementation.programme().getId();
    HistoricProcessInstance audit =
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(AuditModel.KEY)
            .processInstanceBusinessKey(implementation.scenario().businessKey())
            .singleResult();
    assertThat(audit.getState()).as("the called internal audit").isEqualTo("COMPLETED");
    assertThat(
            engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(audit.getId())
                .activityId(AuditModel.KEEP_REPORT_SERVICE_TASK)
                .finished()
                .count())
        .isEqualTo(1);

    // the incident manager, whose area was audited, finds it among the implementation's records
    RestClient ivan = RestClient.as(http, "ivan");
    JsonNode records =
        ivan.getJson("/api/documents?implementationId=" + implementationId + "&type=record");
    assertThat(records).hasSize(1);
    JsonNode record = records.get(0);
    assertThat(record.get("title").asText())
        .isEqualTo(
            "Internal audit report: Full internal audit (Phase 3), 2028-03-01 to 2028-03-10");
    assertThat(record.get("status").asText()).isEqualTo("issued");
    assertThat(record.get("ownerGroup").asText()).isEqualTo("audit");
    assertThat(record.get("areas").toString()).contains(INCIDENT);
    assertThat(audits.audits(implementationId).get(0).reportDocument())
        .as("the audit names its record")
        .isEqualTo(record.get("id").asText());

    ResponseEntity<byte[]> download =
        ivan.download("/api/documents/" + record.get("id").asText() + "/versions/1/content");
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getHeaders().getContentType()).hasToString("application/pdf");
    assertThat(PdfText.of(download.getBody()).replaceAll("\\s+", " "))
        .contains("Internal audit report")
        .contains("Full internal audit (Phase 3)")
        .contains("2028-03-01 to 2028-03-10")
        .contains("Ada Brandt (ada)")
        .contains("Incident management (including request fulfilment)")
        .contains("4.1, 6.2")
        .contains("Major nonconformity")
        .contains("Major incidents are closed without a review")
        .contains("Open until its corrective action is verified")
        .contains("The SMS is in place in every area audited")
        .contains("Conforms, with findings to correct")
        .doesNotContain("conforms-with-findings")
        .doesNotContain("major-nonconformity");
  }

  private void planAndTake(String correction) {
    implementation
        .scenario()
        .complete(
            "ivan",
            CorrectiveActionModel.PLAN_TASK,
            Map.of(
                "correction", correction,
                "rootCause", "The tool lets anyone close a major incident",
                "correctiveAction", "Only the incident manager closes major incidents",
                "actionOwner", "ivan",
                "actionDueDate", "2028-04-01"));
    Task take = implementation.scenario().task(CorrectiveActionModel.TAKE_ACTION_TASK);
    assertThat(take.getAssignee()).isEqualTo("ivan");
    assertThat(take.getDueDate()).isNotNull();
    implementation
        .scenario()
        .complete("ivan", take, Map.of("actionTaken", "Tool role changed, CHG-0815"));
  }

  static Map<String, Object> majorIncidentsClosedWithoutReview() {
    return finding(
        INCIDENT, "8.6.1", "major-nonconformity", "Major incidents are closed without a review");
  }

  static Map<String, Object> finding(String area, String clause, String kind, String statement) {
    Map<String, Object> finding = new HashMap<>();
    finding.put("area", area);
    finding.put("clause", clause);
    finding.put("kind", kind);
    finding.put("statement", statement);
    finding.put("evidence", "INC-2028-0042, interview with the service desk lead");
    return finding;
  }
}
