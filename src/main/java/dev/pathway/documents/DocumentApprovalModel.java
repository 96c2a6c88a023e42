package dev.pathway.documents;

import dev.pathway.process.Approval;
import dev.pathway.process.ProcessVariable;

/**
 * The approval of a document's version before issue, {@code bpmn/document-approval.bpmn} (Table B.1
 * Document and record management c) 5)): review by the owning group or documentation management,
 * approval by the role the document's type calls for, then issue; either may send the version back
 * to its author with a reason.
 */
public final class DocumentApprovalModel {

  public static final String KEY = "document-approval";

  // elements, named by kind
  public static final String REVIEW_TASK = "reviewDocument";
  public static final String APPROVAL_TASK = "approveDocument";
  public static final String ISSUED_END = "versionIssued";
  public static final String SENT_BACK_END = "versionSentBack";
  public static final String APPROVAL_LATE_TIMER = "documentApprovalLateTimer";
  public static final String APPROVAL_ESCALATION_TASK = "documentApprovalEscalation";

  // given at the start
  public static final ProcessVariable<String> DOCUMENT_ID = ProcessVariable.string("documentId");
  public static final ProcessVariable<Integer> VERSION = ProcessVariable.integer("version");
  public static final ProcessVariable<String> DOCUMENT_LABEL =
      ProcessVariable.string("documentLabel");
  public static final ProcessVariable<String> DOCUMENT_TYPE =
      ProcessVariable.string("documentType");
  public static final ProcessVariable<String> OWNER_GROUP = ProcessVariable.string("ownerGroup");
  public static final ProcessVariable<String> CHANGE_SUMMARY =
      ProcessVariable.string("changeSummary");
  public static final ProcessVariable<String> REVIEWER_GROUPS =
      ProcessVariable.string("reviewerGroups");
  public static final ProcessVariable<String> APPROVER_GROUPS =
      ProcessVariable.string("approverGroups");

  // document-review.form
  public static final ProcessVariable<Approval> REVIEW =
      ProcessVariable.valueOf("documentReview", Approval.class);
  public static final ProcessVariable<String> REVIEW_RETURN_REASON =
      ProcessVariable.string("documentReviewReturnReason");

  // document-approval.form
  public static final ProcessVariable<Approval> APPROVAL =
      ProcessVariable.valueOf("documentApproval", Approval.class);
  public static final ProcessVariable<String> APPROVAL_RETURN_REASON =
      ProcessVariable.string("documentApprovalReturnReason");

  private DocumentApprovalModel() {}
}
