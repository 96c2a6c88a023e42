package dev.pathway.startup;

import dev.pathway.programme.ProgrammeModel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pathway.support.PathwayTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every rule of the Phase 1 entry table (Annex B a-e): all conditions met, or each one missing by name. */
@PathwayTest
class PhaseOneEntryDecisionTest {

  private static final List<String> CONDITIONS = List.of(ProgrammeModel.SMS_COMMITMENT.name(), ProgrammeModel.TOP_MANAGEMENT_COMMITTED.name(),
      ProgrammeModel.PLAN_BASED_ON_GAP_ANALYSIS.name(), ProgrammeModel.FUNDS_AND_RESOURCES_AVAILABLE.name(), ProgrammeModel.GOVERNANCE_GROUP_ESTABLISHED.name());

  @Autowired
  DecisionService decisions;

  @ParameterizedTest(name = "{0} missing")
  @CsvSource({
      "smsCommitment, a) there is commitment to the implementation of an SMS based on the requirements of ISO/IEC 20000-1;",
      "topManagementCommitted, b) top management are committed;",
      "planBasedOnGapAnalysis, 'c) plans have been developed for the implementation project, based on the gap analysis;'",
      "fundsAndResourcesAvailable, d) necessary funds and other resources have been made available;",
      "governanceGroupEstablished, e) a group has been established for governance of the implementation project that also gives direction and support."
  })
  void namesTheOneConditionThatIsNotMet(String missing, String expectedCondition) {
    Map<String, Object> inputs = allMet();
    inputs.put(missing, false);
    DmnDecisionTableResult result = decisions.evaluateDecisionTableByKey("phase-1-entry", inputs);
    assertThat(result.collectEntries("missingCondition")).containsExactly(expectedCondition);
    assertThat(result.collectEntries("ready")).containsOnly(false);
  }

  @Test
  void saysReadyWhenAllFiveConditionsHold() {
    DmnDecisionTableResult result = decisions.evaluateDecisionTableByKey("phase-1-entry", allMet());
    assertThat(result.getResultList()).hasSize(1);
    assertThat(result.getSingleResult().<Boolean>getEntry("ready")).isTrue();
  }

  @Test
  void treatsAConditionNeverRecordedAsNotMet() {
    Map<String, Object> inputs = allMet();
    inputs.remove(ProgrammeModel.GOVERNANCE_GROUP_ESTABLISHED.name());
    DmnDecisionTableResult result = decisions.evaluateDecisionTableByKey("phase-1-entry", inputs);
    assertThat(result.collectEntries("missingCondition")).hasSize(1);
    assertThat(result.<String>collectEntries("missingCondition").get(0)).startsWith("e)");
  }

  private static Map<String, Object> allMet() {
    Map<String, Object> inputs = new HashMap<>();
    CONDITIONS.forEach(condition -> inputs.put(condition, true));
    return inputs;
  }
}
