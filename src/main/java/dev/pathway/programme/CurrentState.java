package dev.pathway.programme;

import dev.pathway.process.ValueSet;

/** The current state of a process area as the gap analysis records it (Annex A d), 5.8). */
public enum CurrentState implements ValueSet {
  /** Nothing of the process is in place. */
  NONE("none", "Not in place"),
  /** Parts of the process are in place. */
  PARTLY("partly", "Partly in place"),
  /** The process is implemented: clause 6 brings its improvement forward to Phase 1. */
  ESTABLISHED("established", "Established");

  private final String value;
  private final String label;

  CurrentState(String value, String label) {
    this.value = value;
    this.label = label;
  }

  /** As the gap analysis offers it: "Partly in place". */
  public String label() {
    return label;
  }

  @Override
  public String value() {
    return value;
  }
}
