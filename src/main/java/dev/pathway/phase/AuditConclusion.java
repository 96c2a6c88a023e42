package dev.pathway.phase;

import dev.pathway.process.ValueSet;

/** The conclusion of the full internal audit at the end of Phase 3 (Table 1). */
public enum AuditConclusion implements ValueSet {
  CONFORMS("conforms"),
  CONFORMS_WITH_FINDINGS("conforms-with-findings"),
  DOES_NOT_CONFORM("does-not-conform");

  private final String value;

  AuditConclusion(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
