package dev.pathway.improvement;

import dev.pathway.process.ValueSet;

/** The priority of an improvement action (Table B.1 Improvement programme c)). */
public enum Priority implements ValueSet {
  HIGH("high"),
  MEDIUM("medium"),
  LOW("low");

  private final String value;

  Priority(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /** As the form offers it: "High". */
  public String label() {
    return value.substring(0, 1).toUpperCase() + value.substring(1);
  }
}
