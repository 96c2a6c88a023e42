package dev.pathway.newservice;

import dev.pathway.process.ValueSet;

/** Whether the new or changed service is accepted against its acceptance criteria. */
public enum ServiceAcceptance implements ValueSet {
  ACCEPTED("accepted"),
  REJECTED("rejected");

  private final String value;

  ServiceAcceptance(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
