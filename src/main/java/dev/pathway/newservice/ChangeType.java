package dev.pathway.newservice;

import dev.pathway.process.ValueSet;

/** What a request for a new or changed service asks for (8.3). */
public enum ChangeType implements ValueSet {
  NEW("new"),
  CHANGED("changed"),
  CLOSURE("closure");

  private final String value;

  ChangeType(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
