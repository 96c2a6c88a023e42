package dev.pathway.phase;

import dev.pathway.process.ValueSet;

/**
 * The outcome of the phase exit decision table ({@code dmn/phase-exit.dmn}), with the words the
 * board reads.
 */
public enum ExitDecision implements ValueSet {
  PROCEED("proceed", "Proceed to the next phase"),
  PROCEED_WITH_CARRY_OVER(
      "proceed-with-carry-over", "Proceed, carrying the unfinished activities into the next phase"),
  EXTEND("extend", "Extend the phase: run the unfinished activities again");

  private final String value;
  private final String label;

  ExitDecision(String value, String label) {
    this.value = value;
    this.label = label;
  }

  @Override
  public String value() {
    return value;
  }

  public String label() {
    return label;
  }
}
