package dev.pathway.phase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pathway.support.PathwayTest;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every rule of the tailoring table (clause 6) and of the phase exit table (Annex B). */
@PathwayTest
class PhaseDecisionsTest {

  @Autowired
  DecisionService decisions;

  @ParameterizedTest(name = "{0} area in phase {1} -> {2}")
  @CsvSource({
      "established, 1, bring-forward",
      "established, 2, improvements-only",
      "established, 3, improvements-only",
      "partly, 1, as-marked",
      "partly, 3, as-marked",
      "none, 2, as-marked"
  })
  void tailorsAnAreaByTheCurrentStateTheGapAnalysisRecorded(String currentState, int phase, String treatment) {
    DmnDecisionTableResult result = decisions.evaluateDecisionTableByKey("area-tailoring",
        Map.of("currentState", currentState, PhaseModel.PHASE.name(), phase));
    assertThat(result.getSingleResult().<String>getEntry("treatment")).isEqualTo(treatment);
  }

  @ParameterizedTest(name = "phase {0}, {1} unfinished, {2} of the key characteristics unmet -> {3}")
  @CsvSource({
      "1, 0.0, 0.0, proceed",
      "3, 0.0, 0.0, proceed",
      "3, 0.05, 0.0, extend",
      "3, 0.0, 0.1, extend",
      "1, 0.25, 0.25, proceed-with-carry-over",
      "2, 0.0, 0.2, proceed-with-carry-over",
      "1, 0.26, 0.0, extend",
      "2, 0.1, 0.5, extend",
      "2, 0.9, 0.9, extend"
  })
  void decidesHowAPhaseEnds(int phase, double unfinishedShare, double unmetShare, String exitDecision) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put(PhaseModel.PHASE.name(), phase);
    inputs.put(GateModel.UNFINISHED_SHARE.name(), unfinishedShare);
    inputs.put(GateModel.KEY_CHARACTERISTICS_UNMET_SHARE.name(), unmetShare);
    DmnDecisionTableResult result = decisions.evaluateDecisionTableByKey("phase-exit", inputs);
    assertThat(result.getFirstResult().<String>getEntry(GateModel.EXIT_DECISION.name())).isEqualTo(exitDecision);
    assertThat(result.getFirstResult().<String>getEntry("exitReason")).isNotBlank();
  }
}
