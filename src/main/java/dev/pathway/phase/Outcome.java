package dev.pathway.phase;

import dev.pathway.process.ValueSet;

/** The result recorded for a Table B.1 activity. */
public enum Outcome implements ValueSet {
  ACHIEVED("achieved"),
  PARTIALLY_ACHIEVED("partially-achieved"),
  NOT_ACHIEVED("not-achieved"),
  NOT_APPLICABLE("not-applicable");

  private final String value;

  Outcome(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  public static Outcome of(String value) {
    return ValueSet.of(Outcome.class, value);
  }
}
