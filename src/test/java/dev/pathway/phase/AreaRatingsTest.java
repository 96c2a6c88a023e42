package dev.pathway.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The achievement analysis re-rates every process area as the gap analysis did, and each area's
 * path from the gap analysis through the phases can be read.
 */
@PathwayTest
class AreaRatingsTest {

  private static final String INCIDENT = "incident-management-including-request-fulfilment";

  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;
  @Autowired TestRestTemplate http;

  @Test
  void theAchievementAnalysisKeepsEachAreasStatePerPhaseBesideTheGapAnalysis() {
    Implementation implementation =
        new Implementation(engine, catalogue).enterPhase1(Map.of(INCIDENT, "partly"));
    implementation.adjustPlan();
    implementation.completeActivities(activityId -> Outcome.ACHIEVED);

    Task analysis = implementation.scenario().task(GateModel.ACHIEVEMENT_ANALYSIS_TASK);
    List<Map<String, String>> offered = ratings(analysis);
    assertThat(offered).hasSize(21);
    assertThat(item(offered, INCIDENT))
        .containsEntry("earlier", "Gap analysis: partly in place")
        .containsEntry("currentState", "partly");

    // every area is rated: none left out
    List<Map<String, String>> leftOut = new ArrayList<>(offered.subList(1, offered.size()));
    assertThatThrownBy(() -> analyse(implementation, analysis, leftOut))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("leaves out management-responsibility");

    analyse(
        implementation,
        analysis,
        rated(offered, INCIDENT, "partly", "Major incidents handled; request fulfilment not yet"));
    implementation.passGate();
    implementation.adjustPlan();
    implementation.completeActivities(activityId -> Outcome.ACHIEVED);
    Task second = implementation.scenario().task(GateModel.ACHIEVEMENT_ANALYSIS_TASK);
    assertThat(item(ratings(second), INCIDENT))
        .containsEntry("earlier", "Gap analysis: partly in place → Phase 1: partly in place");
    analyse(
        implementation,
        second,
        rated(ratings(second), INCIDENT, "established", "Request fulfilment in place"));

    JsonNode paths =
        RestClient.as(http, "paul")
            .getJson("/api/implementations/" + implementation.programme().getId() + "/area-path");
    JsonNode incident = null;
    for (JsonNode area : paths) {
      if (area.path("areaId").asText().equals(INCIDENT)) {
        incident = area;
      }
    }
    assertThat(incident).isNotNull();
    assertThat(incident.path("name").asText())
        .isEqualTo("Incident management (including request fulfilment)");
    assertThat(incident.path("path").findValuesAsText("step"))
        .containsExactly("Gap analysis", "Phase 1", "Phase 2");
    assertThat(incident.path("path").findValuesAsText("currentState"))
        .containsExactly("partly", "partly", "established");
    assertThat(incident.path("path").get(1).path("note").asText())
        .isEqualTo("Major incidents handled; request fulfilment not yet");
    assertThat(incident.path("path").get(1).path("ratedBy").asText()).isEqualTo("paul");

    assertThat(
            RestClient.as(http, "nora")
                .get("/api/implementations/" + implementation.programme().getId() + "/area-path")
                .getStatusCode())
        .as("someone who may not read the implementation")
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private List<Map<String, String>> ratings(Task task) {
    return AreaRatings.AREA_RATINGS.from(engine.getTaskService().getVariables(task.getId()));
  }

  private static Map<String, String> item(List<Map<String, String>> items, String area) {
    return items.stream().filter(i -> i.get("area").equals(area)).findFirst().orElseThrow();
  }

  private static List<Map<String, String>> rated(
      List<Map<String, String>> items, String area, String state, String note) {
    return items.stream()
        .map(
            i -> {
              Map<String, String> copy = new LinkedHashMap<>(i);
              if (i.get("area").equals(area)) {
                copy.put("currentState", state);
                copy.put("note", note);
              }
              return copy;
            })
        .toList();
  }

  private void analyse(
      Implementation implementation, Task analysis, List<Map<String, String>> ratings) {
    Map<String, Object> values = new HashMap<>();
    values.put(GateModel.KEY_CHARACTERISTICS_MET.name(), keyCharacteristics(analysis));
    values.put(GateModel.ACHIEVEMENT_ANALYSIS_SUMMARY.name(), "Reviewed with the process owners");
    values.put(AreaRatings.AREA_RATINGS.name(), ratings);
    implementation.scenario().complete("paul", analysis, values);
  }

  private List<String> keyCharacteristics(Task analysis) {
    return GateModel.KEY_CHARACTERISTIC_OPTIONS
        .from(engine.getTaskService().getVariables(analysis.getId()))
        .stream()
        .map(option -> option.get("value"))
        .toList();
  }
}
