package dev.pathway.process;

/**
 * An approver's decision on a proposal (business cases, plans, changes): approve it or send it back
 * with a reason.
 */
public enum Approval implements ValueSet {
  APPROVED("approved"),
  SENT_BACK("sent-back");

  private final String value;

  Approval(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
