package dev.pathway.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pathway.audit.OpenNonconformities;
import dev.pathway.phase.AuditConclusion;
import dev.pathway.phase.GateModel;
import dev.pathway.phase.PhaseModel;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How a phase ends ({@code dmn/phase-exit.dmn}, hit policy FIRST), from the achievement analysis:
 * the share of the phase's planned activities not finished and the share of the phase's key
 * characteristics (Table 2) not met. The board sees the decision and its reason on the gate.
 */
class PhaseExitDecisionTest {

  private static final DmnTable TABLE = DmnTable.load("phase-exit");

  private static final String ALL_DONE =
      "Every planned activity is achieved or not applicable and every key"
          + " characteristic of Table 2 is met.";
  private static final String PHASE_3_FINISHES_EVERYTHING =
      "Phase 3 must end with all requirements of ISO/IEC"
          + " 20000-1 fulfilled: the unfinished activities, and the activities of the areas whose key characteristics are"
          + " not met, are done again.";
  private static final String CARRY_OVER =
      "Most of the phase is achieved: the unfinished activities are carried into"
          + " the next phase, and the key characteristics not met are listed in its plan adjustment.";
  private static final String MORE_THAN_A_QUARTER =
      "More than a quarter of the planned activities or of the key"
          + " characteristics of the phase are not achieved: the phase is extended to finish them.";

  @ParameterizedTest(
      name = "Phase {0}: everything achieved, every key characteristic met -> proceed")
  @ValueSource(ints = {1, 2, 3})
  void proceedsFromAnyPhaseWhenEverythingIsAchievedAndEveryKeyCharacteristicMet(int phase) {
    assertDecision(phase, 0.0, 0.0, "proceed", ALL_DONE, "Rule_1");
  }

  @ParameterizedTest(
      name =
          "Phase {0}: {1} unfinished, {2} of the key characteristics unmet -> proceed with carry-over")
  @CsvSource({
    "1, 0.25, 0.25", // a quarter of each: the boundary is still carried over
    "1, 0.25, 0.0",
    "2, 0.0, 0.25",
    "2, 0.0, 0.2",
    "1, 0.01, 0.0", // a single activity open out of many
    "2, 0.0, 0.05" // one key characteristic unmet
  })
  void carriesAtMostAQuarterOfThePhaseIntoTheNextPhase(
      int phase, double unfinishedShare, double unmetShare) {
    assertDecision(
        phase, unfinishedShare, unmetShare, "proceed-with-carry-over", CARRY_OVER, "Rule_3");
  }

  @Test
  void carriesOverNineteenOfPhase1s76ActivitiesButExtendsPhase1ForTwenty() {
    assertDecision(1, 19.0 / 76, 0.0, "proceed-with-carry-over", CARRY_OVER, "Rule_3");
    assertDecision(1, 20.0 / 76, 0.0, "extend", MORE_THAN_A_QUARTER, "Rule_4");
  }

  @ParameterizedTest(
      name = "Phase {0}: {1} unfinished, {2} of the key characteristics unmet -> extend")
  @CsvSource({
    "1, 0.2501, 0.0", // just over a quarter unfinished
    "2, 0.0, 0.2501", // just over a quarter of the key characteristics unmet
    "1, 0.26, 0.0",
    "2, 0.1, 0.5",
    "2, 0.9, 0.9",
    "1, 1.0, 1.0" // nothing done
  })
  void extendsPhase1Or2WhenMoreThanAQuarterOfItIsOpen(
      int phase, double unfinishedShare, double unmetShare) {
    assertDecision(phase, unfinishedShare, unmetShare, "extend", MORE_THAN_A_QUARTER, "Rule_4");
  }

  @ParameterizedTest(
      name =
          "Phase 3: {0} unfinished, {1} of the key characteristics unmet -> extend, nothing carried over")
  @CsvSource({
    "0.0045, 0.0", // one of Phase 3's 223 activities
    "0.0, 0.05", // one key characteristic
    "0.05, 0.0",
    "0.0, 0.1",
    "0.25, 0.25", // what Phases 1 and 2 would carry over
    "0.9, 0.9"
  })
  void extendsPhase3WheneverAnythingIsOpenBecauseThereIsNoNextPhase(
      double unfinishedShare, double unmetShare) {
    assertDecision(3, unfinishedShare, unmetShare, "extend", PHASE_3_FINISHES_EVERYTHING, "Rule_2");
  }

  @ParameterizedTest(
      name = "Phase 3: {0} unfinished, {1} unmet, audit does not conform -> extend, never proceed")
  @CsvSource({"0.0, 0.0", "0.0045, 0.0", "0.5, 0.5"})
  void neverProceedsFromPhase3WhileTheFullInternalAuditSaysDoesNotConform(
      double unfinishedShare, double unmetShare) {
    Map<String, Object> inputs = inputs(3, unfinishedShare, unmetShare);
    inputs.put(PhaseModel.AUDIT_CONCLUSION.name(), AuditConclusion.DOES_NOT_CONFORM.value());
    DmnDecisionResult result = TABLE.evaluate(inputs);

    assertThat(result.getSingleResult().<String>getEntry(GateModel.EXIT_DECISION.name()))
        .isEqualTo("extend");
    assertThat(result.getSingleResult().<String>getEntry("exitReason"))
        .contains("does not conform");
    assertThat(TABLE.matchedRules()).containsExactly("Rule_auditDoesNotConform");
  }

  @ParameterizedTest(name = "Phase 3 with {0} open major nonconformities -> extend")
  @ValueSource(ints = {1, 3})
  void phase3DoesNotProceedWhileAMajorNonconformityIsOpen(int open) {
    DmnDecisionResult result = TABLE.evaluate(withOpenMajors(inputs(3, 0.0, 0.0), open));
    assertThat(result.getSingleResult().<String>getEntry(GateModel.EXIT_DECISION.name()))
        .isEqualTo("extend");
    assertThat(result.getSingleResult().<String>getEntry("exitReason"))
        .startsWith("A major nonconformity found by the internal audit is still open");
    assertThat(TABLE.matchedRules()).containsExactly("Rule_openMajorNonconformity");
  }

  @Test
  void phases1And2AreNotHeldBackByAnOpenNonconformity() {
    DmnDecisionResult result = TABLE.evaluate(withOpenMajors(inputs(2, 0.0, 0.0), 1));
    assertThat(result.getSingleResult().<String>getEntry(GateModel.EXIT_DECISION.name()))
        .isEqualTo("proceed");
  }

  private static Map<String, Object> withOpenMajors(Map<String, Object> inputs, int open) {
    Map<String, Object> all = new HashMap<>(inputs);
    all.put(OpenNonconformities.OPEN_MAJOR_NONCONFORMITIES.name(), open);
    return all;
  }

  @Test
  void answersEveryPhaseAndShareWithExactlyOneDecisionAndReachesEveryRule() {
    List<Double> shares = List.of(0.0, 0.01, 0.25, 0.2501, 0.5, 1.0);
    Set<String> reached = new LinkedHashSet<>();
    List<AuditConclusion> conclusions = List.of(AuditConclusion.values());
    for (int phase = 1; phase <= 3; phase++) {
      for (double unfinished : shares) {
        for (double unmet : shares) {
          for (AuditConclusion audit : phase == 3 ? conclusions : List.<AuditConclusion>of()) {
            Map<String, Object> inputs = inputs(phase, unfinished, unmet);
            inputs.put(PhaseModel.AUDIT_CONCLUSION.name(), audit.value());
            DmnDecisionResult result = TABLE.evaluate(inputs);
            reached.addAll(TABLE.matchedRules());
            assertThat(result.getSingleResult().<String>getEntry(GateModel.EXIT_DECISION.name()))
                .as("phase 3, %s unfinished, %s unmet, audit %s", unfinished, unmet, audit.value())
                .isEqualTo(
                    audit == AuditConclusion.DOES_NOT_CONFORM || unfinished > 0 || unmet > 0
                        ? "extend"
                        : "proceed");
          }
          DmnDecisionResult result = TABLE.evaluate(inputs(phase, unfinished, unmet));
          reached.addAll(TABLE.matchedRules());

          String expected =
              unfinished == 0 && unmet == 0
                  ? "proceed"
                  : phase < 3 && unfinished <= 0.25 && unmet <= 0.25
                      ? "proceed-with-carry-over"
                      : "extend";
          assertThat(result)
              .as("phase %d, %s unfinished, %s unmet", phase, unfinished, unmet)
              .hasSize(1);
          assertThat(result.getSingleResult().<String>getEntry(GateModel.EXIT_DECISION.name()))
              .as("phase %d, %s unfinished, %s unmet", phase, unfinished, unmet)
              .isEqualTo(expected);
          assertThat(result.getSingleResult().<String>getEntry("exitReason")).isNotBlank();
        }
      }
    }
    TABLE.evaluate(withOpenMajors(inputs(3, 0.0, 0.0), 1));
    reached.addAll(TABLE.matchedRules());
    assertThat(reached).containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }

  private static void assertDecision(
      int phase,
      double unfinishedShare,
      double unmetShare,
      String decision,
      String reason,
      String rule) {
    DmnDecisionResult result = TABLE.evaluate(inputs(phase, unfinishedShare, unmetShare));

    assertThat(result).hasSize(1);
    DmnDecisionResultEntries exit = result.getSingleResult();
    assertThat(exit.<String>getEntry(GateModel.EXIT_DECISION.name())).isEqualTo(decision);
    assertThat(exit.<String>getEntry("exitReason")).isEqualTo(reason);
    assertThat(TABLE.matchedRules()).containsExactly(rule);
  }

  /**
   * As the achievement analysis hands them to the business rule task: the phase, two shares between
   * 0 and 1, no audit conclusion (before Phase 3's audit, or when its audit has none) and no open
   * major nonconformity.
   */
  private static Map<String, Object> inputs(int phase, double unfinishedShare, double unmetShare) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put(PhaseModel.PHASE.name(), phase);
    inputs.put(GateModel.UNFINISHED_SHARE.name(), unfinishedShare);
    inputs.put(GateModel.KEY_CHARACTERISTICS_UNMET_SHARE.name(), unmetShare);
    inputs.put(PhaseModel.AUDIT_CONCLUSION.name(), null);
    inputs.put(OpenNonconformities.OPEN_MAJOR_NONCONFORMITIES.name(), 0);
    return inputs;
  }
}
