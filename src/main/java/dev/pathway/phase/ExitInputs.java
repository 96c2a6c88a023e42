package dev.pathway.phase;

import static dev.pathway.phase.GateModel.ACTIVITY_COUNT;
import static dev.pathway.phase.GateModel.KEY_CHARACTERISTICS_UNMET;
import static dev.pathway.phase.GateModel.KEY_CHARACTERISTICS_UNMET_SHARE;
import static dev.pathway.phase.GateModel.UNFINISHED_COUNT;
import static dev.pathway.phase.GateModel.UNFINISHED_SHARE;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The inputs of the phase exit decision (DMN {@code phase-exit}), as the decision reads them from
 * the phase; in Phase 3 also the full internal audit's conclusion and the nonconformities it found.
 */
record ExitInputs(
    int phase,
    int activityCount,
    int unfinishedCount,
    double unfinishedShare,
    int characteristicsUnmet,
    double characteristicsUnmetShare,
    AuditConclusion auditConclusion,
    Integer openNonconformities) {

  private static final int AUDITED_PHASE = 3;

  /** The counts and shares of a phase's gate pack; the audit as Phase 3 recorded it. */
  static ExitInputs of(int phase, GatePack.Contents pack, VariableScope scope) {
    int activityCount = pack.activityCount();
    int unfinished = pack.unfinished().size();
    int unmet = pack.unmetCharacteristics().size();
    boolean audited = phase == AUDITED_PHASE;
    return new ExitInputs(
        phase,
        activityCount,
        unfinished,
        activityCount == 0 ? 0.0 : (double) unfinished / activityCount,
        unmet,
        pack.characteristicCount() == 0 ? 0.0 : (double) unmet / pack.characteristicCount(),
        audited ? PhaseModel.AUDIT_CONCLUSION.get(scope) : null,
        audited ? PhaseModel.NONCONFORMITIES_FOUND.get(scope) : null);
  }

  void writeTo(VariableScope scope) {
    ACTIVITY_COUNT.set(scope, activityCount);
    UNFINISHED_COUNT.set(scope, unfinishedCount);
    UNFINISHED_SHARE.set(scope, unfinishedShare);
    KEY_CHARACTERISTICS_UNMET.set(scope, characteristicsUnmet);
    KEY_CHARACTERISTICS_UNMET_SHARE.set(scope, characteristicsUnmetShare);
    if (phase != AUDITED_PHASE) {
      // the decision reads the audit's conclusion in every phase: none before Phase 3
      PhaseModel.AUDIT_CONCLUSION.set(scope, null);
    }
  }

  static ExitInputs readFrom(VariableScope scope) {
    int phase = PhaseModel.PHASE.get(scope);
    boolean audited = phase == AUDITED_PHASE;
    return new ExitInputs(
        phase,
        ACTIVITY_COUNT.get(scope),
        UNFINISHED_COUNT.get(scope),
        UNFINISHED_SHARE.get(scope),
        KEY_CHARACTERISTICS_UNMET.get(scope),
        KEY_CHARACTERISTICS_UNMET_SHARE.get(scope),
        audited ? PhaseModel.AUDIT_CONCLUSION.get(scope) : null,
        audited ? PhaseModel.NONCONFORMITIES_FOUND.get(scope) : null);
  }
}
