package dev.pathway.phase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * An activity that comes back in a later phase shows, on its form, what earlier phases recorded for
 * it: outcome, who and when, and the evidence, written by people and shown as typed.
 */
@PathwayTest
class EarlierRecordsTest {

  private static final String CARRIED = "change-management.b";

  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;
  @Autowired TestRestTemplate http;

  @Test
  void aCarriedOverActivityShowsWhatPhaseOneRecorded() {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    Task first = task(implementation);
    JsonNode firstForm = formVariables(implementation, first);
    assertThat(firstForm.has(PhaseModel.EARLIER_RECORDS.name()))
        .as("nothing recorded before Phase 1")
        .isFalse();
    implementation
        .scenario()
        .complete(
            implementation.memberOf(implementation.candidateGroups(first)),
            first,
            Map.of(
                PhaseModel.OUTCOME.name(), Outcome.NOT_ACHIEVED.value(),
                PhaseModel.EVIDENCE.name(), "CAB minutes <b>draft</b> only",
                PhaseModel.NOTES.name(), "No CAB yet"));
    implementation.completeActivities(id -> Outcome.ACHIEVED);
    implementation.analyse();
    implementation.passGate();
    implementation.adjustPlan();

    Task again = task(implementation);
    String earlier =
        formVariables(implementation, again)
            .path(PhaseModel.EARLIER_RECORDS.name())
            .path("value")
            .asText();
    assertThat(earlier)
        .startsWith("- **Phase 1**: not-achieved, by ")
        .contains("Evidence: CAB minutes &lt;b&gt;draft&lt;/b&gt; only");
  }

  private Task task(Implementation implementation) {
    return implementation.activityTasks().stream()
        .filter(task -> implementation.activityId(task).equals(CARRIED))
        .findFirst()
        .orElseThrow();
  }

  private JsonNode formVariables(Implementation implementation, Task task) {
    return RestClient.as(http, implementation.memberOf(implementation.candidateGroups(task)))
        .getJson("/engine-rest/task/" + task.getId() + "/form-variables");
  }
}
