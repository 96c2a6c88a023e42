package dev.pathway.programme;

import dev.pathway.process.ValueSet;

/** The current state of a process area as the gap analysis records it (Annex A d), 5.8). */
public enum CurrentState implements ValueSet {
  /** Nothing of the process is in place. */
  NONE("none"),
  /** Parts of the process are in place. */
  PARTLY("partly"),
  /** The process is implemented: clause 6 brings its improvement forward to Phase 1. */
  ESTABLISHED("established");

  private final String value;

  CurrentState(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
