package dev.pathway.phase;

import java.util.Arrays;

/** The result recorded for a Table B.1 activity. */
public enum Outcome {
  ACHIEVED("achieved", "Achieved"),
  PARTIALLY_ACHIEVED("partially-achieved", "Partially achieved"),
  NOT_ACHIEVED("not-achieved", "Not achieved"),
  NOT_APPLICABLE("not-applicable", "Not applicable");

  private final String value;
  private final String label;

  Outcome(String value, String label) {
    this.value = value;
    this.label = label;
  }

  public String value() {
    return value;
  }

  public String label() {
    return label;
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
