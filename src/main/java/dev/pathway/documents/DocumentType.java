package dev.pathway.documents;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of documented information the register keeps. */
public enum DocumentType {
  POLICY("policy"),
  PLAN("plan"),
  PROCESS("process"),
  PROCEDURE("procedure"),
  AGREEMENT("agreement"),
  REPORT("report"),
  RECORD("record"),
  EXTERNAL_DOCUMENT("external-document");

  private final String value;

  DocumentType(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  static Optional<DocumentType> of(String value) {
    return Arrays.stream(values()).filter(type -> type.value.equals(value)).findFirst();
  }

  static String offered() {
    return String.join(", ", Arrays.stream(values()).map(DocumentType::value).toList());
  }
}
