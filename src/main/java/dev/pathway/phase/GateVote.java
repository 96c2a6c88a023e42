package dev.pathway.phase;

import dev.pathway.process.ValueSet;

/** A board member's vote on a phase exit decision. */
public enum GateVote implements ValueSet {
  APPROVE("approve"),
  REJECT("reject");

  private final String value;

  GateVote(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
