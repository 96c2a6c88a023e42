package dev.pathway.documents;

import dev.pathway.process.ProcessVariable;

/**
 * The periodic review of an issued document, {@code bpmn/document-periodic-review.bpmn} (Table B.1
 * Document and record management c) 3)): on its review date the owning group (or documentation
 * management) confirms it still valid, with the next review date, or finds that it needs a new
 * version.
 */
public final class DocumentReviewModel {

  public static final String KEY = "document-periodic-review";

  // elements, named by kind
  public static final String REVIEW_DATE_TIMER = "reviewDateReached";
  public static final String PERIODIC_REVIEW_TASK = "periodicReview";
  public static final String REVISION_DUE_END = "revisionDue";
  public static final String PERIODIC_REVIEW_LATE_TIMER = "periodicReviewLateTimer";
  public static final String PERIODIC_REVIEW_ESCALATION_TASK = "periodicReviewEscalation";

  // given at the start
  public static final ProcessVariable<String> DOCUMENT_ID = ProcessVariable.string("documentId");
  public static final ProcessVariable<String> DOCUMENT_LABEL =
      ProcessVariable.string("documentLabel");
  public static final ProcessVariable<String> REVIEWER_GROUPS =
      ProcessVariable.string("reviewerGroups");

  /** The date the timer waits for (ISO-8601); moved on by each confirmation. */
  public static final ProcessVariable<String> REVIEW_DATE = ProcessVariable.string("reviewDate");

  // document-periodic-review.form
  public static final ProcessVariable<String> RESULT =
      ProcessVariable.string("periodicReviewResult");
  public static final ProcessVariable<String> NEXT_REVIEW_DATE =
      ProcessVariable.string("nextReviewDate");
  public static final ProcessVariable<String> NOTES = ProcessVariable.string("periodicReviewNotes");

  private DocumentReviewModel() {}
}
