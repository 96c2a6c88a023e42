package dev.pathway.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pathway.phase.PhaseModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clause 6 tailoring ({@code dmn/area-tailoring.dmn}, hit policy UNIQUE): per process area, from
 * the current state the gap analysis recorded, which of the area's activities a phase's plan
 * presents: all of them in Phase 1 ({@code bring-forward}), only the repeated ones, the
 * improvements ({@code improvements-only}), or what Table B.1 marks for the phase ({@code
 * as-marked}).
 */
class AreaTailoringDecisionTest {

  private static final DmnTable TABLE = DmnTable.load("area-tailoring");

  @Test
  void confirmsAndImprovesAnEstablishedAreaInPhase1WithAllItsActivities() {
    assertTreatment("established", 1, "bring-forward", "Rule_1");
  }

  @ParameterizedTest(name = "established area in Phase {0} -> improvements-only")
  @ValueSource(ints = {2, 3})
  void givesAnEstablishedAreaOnlyItsImprovementsInLaterPhases(int phase) {
    assertTreatment("established", phase, "improvements-only", "Rule_2");
  }

  @ParameterizedTest(name = "{0} area in Phase {1} -> as-marked")
  @CsvSource({
    "partly, 1",
    "partly, 2",
    "partly, 3",
    "none, 1", // also what an area the gap analysis left unrecorded is decided as
    "none, 2",
    "none, 3"
  })
  void presentsWhatTableB1MarksForThePhaseForAnAreaNotYetEstablished(
      String currentState, int phase) {
    assertTreatment(currentState, phase, "as-marked", "Rule_3");
  }

  @Test
  void answersEveryStateTheGapAnalysisOffersInEveryPhaseWithExactlyOneTreatmentAndReachesEveryRule()
      throws IOException {
    Set<String> states = statesOfferedByTheGapAnalysisForm();
    assertThat(states)
        .as("options of the gap analysis form")
        .contains("none", "partly", "established");
    Set<String> reached = new LinkedHashSet<>();
    for (String state : states) {
      for (int phase = 1; phase <= 3; phase++) {
        DmnDecisionResult result =
            TABLE.evaluate(Map.of("currentState", state, PhaseModel.PHASE.name(), phase));
        reached.addAll(TABLE.matchedRules());

        assertThat(result).as("%s in Phase %d", state, phase).hasSize(1);
        assertThat(result.getSingleResult().<String>getEntry("treatment"))
            .as("%s in Phase %d", state, phase)
            .isIn("bring-forward", "improvements-only", "as-marked");
      }
    }
    assertThat(reached).containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }

  private static void assertTreatment(
      String currentState, int phase, String treatment, String rule) {
    DmnDecisionResult result =
        TABLE.evaluate(Map.of("currentState", currentState, PhaseModel.PHASE.name(), phase));

    assertThat(result).as("%s in Phase %d", currentState, phase).hasSize(1);
    assertThat(result.getSingleResult().<String>getEntry("treatment")).isEqualTo(treatment);
    assertThat(TABLE.matchedRules()).containsExactly(rule);
  }

  /** The options of every current-state select of the gap analysis form (Annex A d). */
  private static Set<String> statesOfferedByTheGapAnalysisForm() throws IOException {
    Set<String> states = new LinkedHashSet<>();
    collectStates(
        new ObjectMapper().readTree(Path.of("forms", "annex-a-gap-analysis.form").toFile()),
        states);
    return states;
  }

  private static void collectStates(JsonNode component, Set<String> states) {
    if (component.path("key").asText().startsWith("currentState")) {
      component.path("values").forEach(option -> states.add(option.path("value").asText()));
    }
    component.path("components").forEach(child -> collectStates(child, states));
  }
}
