package dev.pathway.phase;

import dev.pathway.process.ValueSet;

/** Where the implementation board stands on an activity recorded as not applicable. */
public enum NotApplicableDecision implements ValueSet {
  PENDING("pending"),
  APPROVED("approved"),
  REFUSED("refused");

  private final String value;

  NotApplicableDecision(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  public static NotApplicableDecision of(String value) {
    return ValueSet.of(NotApplicableDecision.class, value);
  }
}
