package dev.pathway.phase;

import dev.pathway.process.ValueSet;

/** The conclusion of the full internal audit at the end of Phase 3 (Table 1). */
public enum AuditConclusion implements ValueSet {
  CONFORMS("conforms", "The SMS conforms to ISO/IEC 20000-1"),
  CONFORMS_WITH_FINDINGS("conforms-with-findings", "Conforms, with findings to correct"),
  DOES_NOT_CONFORM("does-not-conform", "Does not conform yet");

  private final String value;
  private final String label;

  AuditConclusion(String value, String label) {
    this.value = value;
    this.label = label;
  }

  /** As the form offers it. */
  public String label() {
    return label;
  }

  @Override
  public String value() {
    return value;
  }
}
