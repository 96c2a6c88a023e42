package dev.pathway.improvement;

import dev.pathway.process.ValueSet;

/**
 * Whether an implemented improvement achieved its target (Table B.1 Improvement programme g) 3)).
 */
public enum Effectiveness implements ValueSet {
  EFFECTIVE("effective"),
  NOT_EFFECTIVE("not-effective");

  private final String value;

  Effectiveness(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
