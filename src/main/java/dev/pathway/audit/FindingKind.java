package dev.pathway.audit;

import dev.pathway.process.ValueSet;

/**
 * The kind of an audit finding. A nonconformity opens a corrective action; a major one blocks Phase
 * 3.
 */
public enum FindingKind implements ValueSet {
  MAJOR_NONCONFORMITY("major-nonconformity", "Major nonconformity"),
  MINOR_NONCONFORMITY("minor-nonconformity", "Minor nonconformity"),
  OBSERVATION("observation", "Observation"),
  OPPORTUNITY_FOR_IMPROVEMENT("opportunity-for-improvement", "Opportunity for improvement");

  private final String value;
  private final String label;

  FindingKind(String value, String label) {
    this.value = value;
    this.label = label;
  }

  @Override
  public String value() {
    return value;
  }

  public String label() {
    return label;
  }

  public boolean isNonconformity() {
    return this == MAJOR_NONCONFORMITY || this == MINOR_NONCONFORMITY;
  }
}
