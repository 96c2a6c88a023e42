package dev.pathway.phase;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The process variables of a phase, by name, and how to read the ones every phase task needs. */
public final class PhaseVariables {

  public static final String IMPLEMENTATION_ID = "implementationId";
  public static final String PHASE = "phase";
  public static final String ROUND = "round";
  public static final String ACTIVITY_ID = "activityId";
  public static final String CARRY_OVER = "carryOver";
  public static final String APPROVALS_REQUIRED = "approvalsRequired";

  public static final String OUTCOME = "outcome";
  public static final String EVIDENCE = "evidence";
  public static final String JUSTIFICATION = "justification";
  public static final String NOTES = "notes";

  public static final String PHASE_OBJECTIVES = "phaseObjectives";

  private PhaseVariables() {
  }

  public static String implementationId(VariableScope scope) {
    return (String) scope.getVariable(IMPLEMENTATION_ID);
  }

  public static int phase(VariableScope scope) {
    return ((Number) scope.getVariable(PHASE)).intValue();
  }

  public static int round(VariableScope scope) {
    return ((Number) scope.getVariable(ROUND)).intValue();
  }
}
