package dev.pathway.documents;

import static dev.pathway.documents.DocumentApprovalModel.APPROVAL_RETURN_REASON;
import static dev.pathway.documents.DocumentApprovalModel.DOCUMENT_ID;
import static dev.pathway.documents.DocumentApprovalModel.REVIEW_RETURN_REASON;
import static dev.pathway.documents.DocumentApprovalModel.VERSION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the approval process does to the register: issue the approved version (the previous issue is
 * superseded, the document is issued), or return it to its author as a draft with the reason; both
 * in the log, under the name of whoever decided.
 */
@Component("documentApprovals")
public class DocumentApprovals {

  private final DocumentRegister register;
  private final DocumentAccess access;
  private final DocumentReviews reviews;

  DocumentApprovals(DocumentRegister register, DocumentAccess access, DocumentReviews reviews) {
    this.register = register;
    this.access = access;
    this.reviews = reviews;
  }

  public void issue(DelegateExecution execution) {
    String documentId = DOCUMENT_ID.get(execution);
    int version = VERSION.get(execution);
    register.lock(documentId);
    register.supersedeIssued(documentId);
    register.setVersionStatus(documentId, version, DocumentStatus.ISSUED);
    register.setStatus(documentId, DocumentStatus.ISSUED);
    register.append(documentId, version, "issued", access.actor(), null);
    reviews.scheduleAfterIssue(register.find(documentId).orElseThrow());
  }

  public void sendBack(DelegateExecution execution) {
    String documentId = DOCUMENT_ID.get(execution);
    int version = VERSION.get(execution);
    String reviewReason = REVIEW_RETURN_REASON.get(execution);
    String reason = reviewReason != null ? reviewReason : APPROVAL_RETURN_REASON.get(execution);
    register.lock(documentId);
    register.setVersionStatus(documentId, version, DocumentStatus.DRAFT);
    register.restoreStatus(documentId);
    register.append(documentId, version, "sent back", access.actor(), reason);
  }
}
