package dev.pathway.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pathway.programme.ProgrammeModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Annex B a)-e) ({@code dmn/phase-1-entry.dmn}, hit policy COLLECT): after the start-up project the
 * implementation board sees either "ready for Phase 1" or every condition that is not met, by its
 * letter and in the standard's words.
 */
class PhaseOneEntryDecisionTest {

  private static final DmnTable TABLE = DmnTable.load("phase-1-entry");

  /**
   * The start-up project's variables for Annex B a) to e), with what the board is shown when one is
   * not met.
   */
  private static final Map<String, String> CONDITIONS = new LinkedHashMap<>();

  static {
    CONDITIONS.put(
        ProgrammeModel.SMS_COMMITMENT.name(),
        "a) there is commitment to the implementation of an SMS based on the requirements of ISO/IEC 20000-1;");
    CONDITIONS.put(
        ProgrammeModel.TOP_MANAGEMENT_COMMITTED.name(), "b) top management are committed;");
    CONDITIONS.put(
        ProgrammeModel.PLAN_BASED_ON_GAP_ANALYSIS.name(),
        "c) plans have been developed for the implementation project, based on the gap analysis;");
    CONDITIONS.put(
        ProgrammeModel.FUNDS_AND_RESOURCES_AVAILABLE.name(),
        "d) necessary funds and other resources have been made available;");
    CONDITIONS.put(
        ProgrammeModel.GOVERNANCE_GROUP_ESTABLISHED.name(),
        "e) a group has been established for governance of the implementation"
            + " project that also gives direction and support.");
  }

  @Test
  void saysReadyForPhase1WhenAllFiveConditionsHoldAndListsNothingAsMissing() {
    DmnDecisionResult result = TABLE.evaluate(allMet());

    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().<Boolean>getEntry("ready")).isTrue();
    assertThat(result.<String>collectEntries("missingCondition")).isEmpty();
    assertThat(TABLE.matchedRules()).containsExactly("Rule_ready");
  }

  @ParameterizedTest(name = "{0} is false -> not ready, the board is shown \"{1}\"")
  @CsvSource({
    "smsCommitment, a) there is commitment to the implementation of an SMS based on the requirements of ISO/IEC 20000-1;, Rule_missing_a",
    "topManagementCommitted, b) top management are committed;, Rule_missing_b",
    "planBasedOnGapAnalysis, 'c) plans have been developed for the implementation project, based on the gap analysis;', Rule_missing_c",
    "fundsAndResourcesAvailable, d) necessary funds and other resources have been made available;, Rule_missing_d",
    "governanceGroupEstablished, e) a group has been established for governance of the implementation project that also gives direction and support., Rule_missing_e"
  })
  void namesTheOneConditionThatIsNotMetInTheWordsOfAnnexB(
      String variable, String shownToTheBoard, String rule) {
    Map<String, Object> inputs = allMet();
    inputs.put(variable, false);

    DmnDecisionResult result = TABLE.evaluate(inputs);

    assertThat(result.<String>collectEntries("missingCondition")).containsExactly(shownToTheBoard);
    assertThat(result.<Boolean>collectEntries("ready")).containsExactly(false);
    assertThat(TABLE.matchedRules()).containsExactly(rule);
  }

  @Test
  void namesEveryMissingConditionInTheOrderOfAnnexBWhenFundsAndTheGovernanceGroupAreBothMissing() {
    Map<String, Object> inputs = allMet();
    inputs.put(ProgrammeModel.FUNDS_AND_RESOURCES_AVAILABLE.name(), false);
    inputs.put(ProgrammeModel.GOVERNANCE_GROUP_ESTABLISHED.name(), false);

    DmnDecisionResult result = TABLE.evaluate(inputs);

    assertThat(result.<String>collectEntries("missingCondition"))
        .containsExactly(
            CONDITIONS.get(ProgrammeModel.FUNDS_AND_RESOURCES_AVAILABLE.name()),
            CONDITIONS.get(ProgrammeModel.GOVERNANCE_GROUP_ESTABLISHED.name()));
    assertThat(result.<Boolean>collectEntries("ready")).containsOnly(false);
  }

  @Test
  void namesAllFiveConditionsFromAToEWhenNothingIsInPlaceYet() {
    Map<String, Object> inputs = new HashMap<>();
    CONDITIONS.keySet().forEach(condition -> inputs.put(condition, false));

    DmnDecisionResult result = TABLE.evaluate(inputs);

    assertThat(result.<String>collectEntries("missingCondition"))
        .containsExactlyElementsOf(CONDITIONS.values());
    assertThat(result.<Boolean>collectEntries("ready")).containsOnly(false);
  }

  @Test
  void treatsAConditionNeverRecordedAsNotMet() {
    Map<String, Object> inputs = allMet();
    inputs.remove(ProgrammeModel.GOVERNANCE_GROUP_ESTABLISHED.name());

    DmnDecisionResult result = TABLE.evaluate(inputs);

    assertThat(result.<String>collectEntries("missingCondition"))
        .containsExactly(CONDITIONS.get(ProgrammeModel.GOVERNANCE_GROUP_ESTABLISHED.name()));
    assertThat(result.<Boolean>collectEntries("ready")).containsExactly(false);
  }

  @Test
  void treatsAConditionLeftBlankAsNotMet() {
    Map<String, Object> inputs = allMet();
    inputs.put(ProgrammeModel.TOP_MANAGEMENT_COMMITTED.name(), null);

    DmnDecisionResult result = TABLE.evaluate(inputs);

    assertThat(result.<String>collectEntries("missingCondition"))
        .containsExactly(CONDITIONS.get(ProgrammeModel.TOP_MANAGEMENT_COMMITTED.name()));
    assertThat(result.<Boolean>collectEntries("ready")).containsExactly(false);
  }

  @Test
  void answersEveryCombinationOfTheFiveConditionsAndReachesEveryRule() {
    List<String> variables = new ArrayList<>(CONDITIONS.keySet());
    Set<String> reached = new LinkedHashSet<>();
    for (int combination = 0; combination < 1 << variables.size(); combination++) {
      Map<String, Object> inputs = new HashMap<>();
      List<String> expectedMissing = new ArrayList<>();
      for (int i = 0; i < variables.size(); i++) {
        boolean met = (combination & 1 << i) != 0;
        inputs.put(variables.get(i), met);
        if (!met) {
          expectedMissing.add(CONDITIONS.get(variables.get(i)));
        }
      }

      DmnDecisionResult result = TABLE.evaluate(inputs);
      reached.addAll(TABLE.matchedRules());

      assertThat(result.<String>collectEntries("missingCondition"))
          .as("%s", inputs)
          .containsExactlyElementsOf(expectedMissing);
      assertThat(result.<Boolean>collectEntries("ready"))
          .as("%s", inputs)
          .containsExactlyElementsOf(
              expectedMissing.isEmpty()
                  ? List.of(true)
                  : expectedMissing.stream().map(missing -> false).toList());
    }
    assertThat(reached).containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }

  private static Map<String, Object> allMet() {
    Map<String, Object> inputs = new HashMap<>();
    CONDITIONS.keySet().forEach(condition -> inputs.put(condition, true));
    return inputs;
  }
}
