package dev.pathway.support;

import dev.pathway.phase.Outcome;

/** Drives an implementation through whole phases with every activity achieved. */
public final class Phases {

  private Phases() {}

  /** From Phase 1 up to the Phase 3 gate, where the board's votes are still open. */
  public static void upToTheLastGate(Implementation implementation) {
    for (int phase = 1; phase <= 3; phase++) {
      implementation.adjustPlan();
      implementation.completeActivities(activityId -> Outcome.ACHIEVED);
      if (phase == 3) {
        implementation.closePhase3();
      }
      implementation.analyse();
      if (phase < 3) {
        implementation.passGate();
      }
    }
  }
}
