package dev.pathway.documents;

/**
 * Where a document, or one of its versions, stands: drafted, in review, issued (the current
 * version), superseded by a later issue, withdrawn, archived.
 */
public enum DocumentStatus {
  DRAFT("draft"),
  IN_REVIEW("in-review"),
  ISSUED("issued"),
  SUPERSEDED("superseded"),
  WITHDRAWN("withdrawn"),
  ARCHIVED("archived");

  private final String value;

  DocumentStatus(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }
}
