package dev.pathway.phase;

import static dev.pathway.phase.GateModel.ACTIVITY_COUNT;
import static dev.pathway.phase.GateModel.KEY_CHARACTERISTICS_UNMET;
import static dev.pathway.phase.GateModel.KEY_CHARACTERISTICS_UNMET_SHARE;
import static dev.pathway.phase.GateModel.UNFINISHED_COUNT;
import static dev.pathway.phase.GateModel.UNFINISHED_SHARE;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The inputs of the phase exit decision (DMN {@code phase-exit}), as the decision reads them from
 * the phase.
 */
record ExitInputs(
    int phase,
    int activityCount,
    int unfinishedCount,
    double unfinishedShare,
    int characteristicsUnmet,
    double characteristicsUnmetShare) {

  void writeTo(VariableScope scope) {
    ACTIVITY_COUNT.set(scope, activityCount);
    UNFINISHED_COUNT.set(scope, unfinishedCount);
    UNFINISHED_SHARE.set(scope, unfinishedShare);
    KEY_CHARACTERISTICS_UNMET.set(scope, characteristicsUnmet);
    KEY_CHARACTERISTICS_UNMET_SHARE.set(scope, characteristicsUnmetShare);
  }

  static ExitInputs readFrom(VariableScope scope) {
    return new ExitInputs(
        PhaseModel.PHASE.get(scope),
        ACTIVITY_COUNT.get(scope),
        UNFINISHED_COUNT.get(scope),
        UNFINISHED_SHARE.get(scope),
        KEY_CHARACTERISTICS_UNMET.get(scope),
        KEY_CHARACTERISTICS_UNMET_SHARE.get(scope));
  }
}
