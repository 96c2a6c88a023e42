package dev.pathway.phase;

import java.util.Arrays;

/** The result recorded for a Table B.1 activity. */
public enum Outcome {
  ACHIEVED("achieved"),
  PARTIALLY_ACHIEVED("partially-achieved"),
  NOT_ACHIEVED("not-achieved"),
  NOT_APPLICABLE("not-applicable");

  private final String value;

  Outcome(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  /** Achieved or not applicable: nothing left to do. Anything else is carried over or done again. */
  public boolean isFinished() {
    return this == ACHIEVED || this == NOT_APPLICABLE;
  }

  public static Outcome of(String value) {
    return Arrays.stream(values()).filter(outcome -> outcome.value.equals(value)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown outcome '" + value + "'"));
  }
}
