package dev.pathway.phase;

/** Why an activity is in a phase's plan. */
public enum PlanOrigin {
  /** Table B.1 marks it for this phase. */
  TABLE_B1,
  /**
   * Clause 6: the gap analysis found the area established, so it is confirmed and improved in Phase
   * 1.
   */
  BROUGHT_FORWARD,
  /** It was not achieved in the previous phase. */
  CARRIED_OVER,
  /** The phase was extended and it was not finished in the previous round. */
  EXTENSION
}
