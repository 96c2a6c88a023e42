package dev.pathway.phase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.process.TaskTexts;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Role holders work Phase 1 over the engine REST API; Pathway's progress report counts what they
 * recorded.
 */
@PathwayTest
class PhasesOverRestTest {

  private static final String INCIDENT_A = "incident-management-including-request-fulfilment.a";

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;
  @Autowired ActivityRecordRepository records;

  @Test
  void outsidersAreRefusedIncompleteWorkIsRefusedAndNothingIsLost() {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    Task incident =
        implementation.activityTasks().stream()
            .filter(task -> implementation.activityId(task).equals(INCIDENT_A))
            .findFirst()
            .orElseThrow();

    ResponseEntity<String> outsider =
        RestClient.as(http, "carla")
            .submitTaskForm(incident.getId(), Implementation.answer(Outcome.ACHIEVED));
    assertThat(outsider.getStatusCode().value()).isIn(403, 404);

    ResponseEntity<String> incomplete =
        RestClient.as(http, "ivan")
            .submitTaskForm(
                incident.getId(),
                Map.of(
                    PhaseModel.OUTCOME.name(),
                    "achieved",
                    PhaseModel.NOTES.name(),
                    "Done, evidence to follow"));
    assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(RestClient.json(incomplete.getBody()).path("message").asText())
        .contains(PhaseModel.EVIDENCE.name());

    assertThat(engine.getTaskService().createTaskQuery().taskId(incident.getId()).count())
        .isEqualTo(1);
    assertThat(engine.getTaskService().getVariable(incident.getId(), PhaseModel.OUTCOME.name()))
        .isNull();
    assertThat(records.ofImplementation(implementation.programme().getId())).isEmpty();

    ResponseEntity<String> done =
        RestClient.as(http, "ivan")
            .submitTaskForm(incident.getId(), Implementation.answer(Outcome.ACHIEVED));
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(records.ofImplementation(implementation.programme().getId()))
        .singleElement()
        .satisfies(record -> assertThat(record.completedBy()).isEqualTo("ivan"));
  }

  @Test
  void anActivityTaskShowsTheStandardFromTheCatalogueAndKeepsWhatIsRecordedOnlyInPathwaysRecord() {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    Task incident =
        implementation.activityTasks().stream()
            .filter(task -> implementation.activityId(task).equals(INCIDENT_A))
            .findFirst()
            .orElseThrow();

    JsonNode shown =
        RestClient.as(http, "ivan")
            .getJson(
                "/engine-rest/task/"
                    + incident.getId()
                    + "/form-variables?deserializeValues=false");
    assertThat(shown.path(TaskTexts.STANDARD_TEXT.name()).path("value").asText())
        .startsWith("**Table B.1 Incident management (including request fulfilment) a)**")
        .contains(catalogue.activity(INCIDENT_A).text())
        .contains("*Responsibility:* Incident management");
    assertThat(shown.path(PhaseModel.KEY_CHARACTERISTICS.name()).path("value").asText())
        .isNotBlank();
    assertThat(shown.path(PhaseModel.PHASE.name()).path("value").asInt()).isEqualTo(1);
    assertThat(shown.has(PhaseModel.PLANNED_ACTIVITY_OPTIONS.name()))
        .as("the phase's plan (13 KB per phase), which the activity form does not use, stays home")
        .isFalse();
    assertThat(
            RestClient.as(http, "ivan")
                .getJson(
                    "/engine-rest/task/"
                        + incident.getId()
                        + "/form-variables?deserializeValues=false&variableNames="
                        + PhaseModel.PLANNED_ACTIVITY_OPTIONS.name())
                .has(PhaseModel.PLANNED_ACTIVITY_OPTIONS.name()))
        .as("asked for by name, it is served")
        .isTrue();
    assertThat(
            RestClient.as(http, "ivan")
                .getJson("/engine-rest/task/" + incident.getId() + "/localVariables"))
        .as("the task carries no copies of the standard")
        .isEmpty();

    assertThat(
            RestClient.as(http, "ivan")
                .submitTaskForm(incident.getId(), Implementation.answer(Outcome.ACHIEVED))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    String phaseInstance = incident.getProcessInstanceId();
    for (String recorded :
        List.of(PhaseModel.OUTCOME.name(), PhaseModel.EVIDENCE.name(), PhaseModel.NOTES.name())) {
      assertThat(
              engine
                  .getRuntimeService()
                  .createVariableInstanceQuery()
                  .processInstanceIdIn(phaseInstance)
                  .variableName(recorded)
                  .count())
          .as(recorded + " as a process variable")
          .isZero();
      assertThat(
              engine
                  .getHistoryService()
                  .createHistoricVariableInstanceQuery()
                  .processInstanceId(phaseInstance)
                  .variableName(recorded)
                  .count())
          .as(recorded + " in the engine's history")
          .isZero();
    }
    assertThat(records.ofImplementation(implementation.programme().getId()))
        .singleElement()
        .satisfies(
            record -> {
              assertThat(record.outcome()).isEqualTo(Outcome.ACHIEVED);
              assertThat(record.evidence())
                  .isEqualTo(
                      Implementation.answer(Outcome.ACHIEVED).get(PhaseModel.EVIDENCE.name()));
            });
  }

  @Test
  void theProgressReportCountsOutcomesPerPhaseAndAreaForThoseWhoOverseeTheProgramme() {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    implementation.completeActivities(
        id -> id.startsWith("change-management") ? Outcome.NOT_ACHIEVED : Outcome.ACHIEVED);
    String id = implementation.programme().getId();

    JsonNode progress =
        RestClient.as(http, "bea").getJson("/api/implementations/" + id + "/progress");
    JsonNode phase1 = progress.path("phases").get(0);
    assertThat(phase1.path("planned").asInt()).isEqualTo(catalogue.activitiesOf(1).size());
    assertThat(phase1.path("recorded").asInt()).isEqualTo(catalogue.activitiesOf(1).size());
    JsonNode change = areaOf(phase1, "change-management");
    int changeInPhase1 =
        (int)
            catalogue.activitiesOf(1).stream()
                .filter(a -> a.area().id().equals("change-management"))
                .count();
    assertThat(change.path("outcomes").path("not-achieved").asInt()).isEqualTo(changeInPhase1);
    assertThat(change.path("open").asInt()).isZero();
    assertThat(progress.path("phases").get(1).path("planned").asInt()).isZero();

    assertThat(
            RestClient.as(http, "ivan")
                .get("/api/implementations/" + id + "/progress")
                .getStatusCode())
        .as("a role holder who does not oversee the programme")
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            RestClient.as(http, "bea")
                .get("/api/implementations/no-such-id/progress")
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private static JsonNode areaOf(JsonNode phase, String areaId) {
    for (JsonNode area : phase.path("areas")) {
      if (area.path("areaId").asText().equals(areaId)) {
        return area;
      }
    }
    throw new AssertionError("no area " + areaId);
  }
}
