package dev.pathway.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.phase.Outcome;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The requirements register an auditor follows: every Table B.1 activity in each of its phases,
 * with the outcome, evidence or justification, who and when; as JSON and as CSV.
 */
@PathwayTest
class RequirementsRegisterTest {

  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;
  @Autowired TestRestTemplate http;

  @Test
  void listsEveryActivityOfEveryPhaseWithWhatWasRecordedInPhaseOne() {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    implementation.completeActivities(
        id -> id.startsWith("change-management") ? Outcome.NOT_APPLICABLE : Outcome.ACHIEVED);
    String id = implementation.programme().getId();

    JsonNode register =
        RestClient.as(http, "bea").getJson("/api/implementations/" + id + "/register");
    int rows = catalogue.activities().stream().mapToInt(activity -> activity.phases().size()).sum();
    assertThat(register).hasSize(rows);

    List<JsonNode> phase1 = rowsOf(register, 1);
    assertThat(phase1).hasSize(catalogue.activitiesOf(1).size());
    JsonNode change =
        phase1.stream()
            .filter(row -> row.get("areaId").asText().equals("change-management"))
            .findFirst()
            .orElseThrow();
    assertThat(change.get("outcome").asText()).isEqualTo("not-applicable");
    assertThat(change.get("justification").asText()).isNotBlank();
    JsonNode incident =
        phase1.stream()
            .filter(row -> row.get("areaId").asText().startsWith("incident"))
            .findFirst()
            .orElseThrow();
    assertThat(incident.get("outcome").asText()).isEqualTo("achieved");
    assertThat(incident.get("evidence").asText()).isEqualTo("DOC-042 v1.2; REC-2027-001");
    assertThat(incident.get("completedBy").asText()).isNotBlank();
    assertThat(rowsOf(register, 2))
        .as("nothing recorded in Phase 2 yet")
        .allMatch(row -> row.get("outcome").asText().equals("open"));

    ResponseEntity<String> csv =
        RestClient.as(http, "bea").get("/api/implementations/" + id + "/register.csv");
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
    List<String> lines = csv.getBody().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "areaId,area,activityId,label,text,phase,outcome,evidence,documents,justification,completedBy,completedAt,"
                + "notApplicableDecision,decidedBy,decidedAt,refusalReason");
    assertThat(lines).hasSize(rows + 1);

    assertThat(
            RestClient.as(http, "ivan")
                .get("/api/implementations/" + id + "/register")
                .getStatusCode())
        .as("who may not read the implementation")
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private static List<JsonNode> rowsOf(JsonNode register, int phase) {
    return StreamSupport.stream(register.spliterator(), false)
        .filter(row -> row.get("phase").asInt() == phase)
        .toList();
  }
}
