package dev.pathway.documents;

import static dev.pathway.documents.DocumentReviewModel.DOCUMENT_ID;
import static dev.pathway.documents.DocumentReviewModel.DOCUMENT_LABEL;
import static dev.pathway.documents.DocumentReviewModel.NEXT_REVIEW_DATE;
import static dev.pathway.documents.DocumentReviewModel.NOTES;
import static dev.pathway.documents.DocumentReviewModel.REVIEWER_GROUPS;
import static dev.pathway.documents.DocumentReviewModel.REVIEW_DATE;

import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The periodic reviews of issued documents: one waiting per document, for its review date, started
 * again with each issue; what each review found goes to the document's log.
 */
@Component("documentReviews")
public class DocumentReviews {

  private final DocumentRegister register;
  private final RuntimeService runtime;
  private final DocumentAccess access;

  DocumentReviews(DocumentRegister register, RuntimeService runtime, DocumentAccess access) {
    this.register = register;
    this.runtime = runtime;
    this.access = access;
  }

  /** After an issue: the document's review, for its review date, replaces any waiting one. */
  void scheduleAfterIssue(Document document) {
    for (ProcessInstance waiting :
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(DocumentReviewModel.KEY)
            .variableValueEquals(DOCUMENT_ID.name(), document.id())
            .list()) {
      runtime.deleteProcessInstance(waiting.getId(), "a new version was issued");
    }
    if (document.reviewDate() == null) {
      return;
    }
    runtime
        .createProcessInstanceByKey(DocumentReviewModel.KEY)
        .businessKey(document.identifier())
        .setVariables(
            Variables.putValue(DOCUMENT_ID.name(), document.id())
                .putValue(DOCUMENT_LABEL.name(), document.identifier() + " " + document.title())
                .putValue(
                    REVIEWER_GROUPS.name(), String.join(",", access.writers(document.ownerGroup())))
                .putValue(REVIEW_DATE.name(), document.reviewDate().toString()))
        .execute();
  }

  public void confirm(DelegateExecution execution) {
    String documentId = DOCUMENT_ID.get(execution);
    LocalDate next = LocalDate.parse(NEXT_REVIEW_DATE.get(execution).substring(0, 10));
    register.setReviewDate(documentId, next);
    REVIEW_DATE.set(execution, next.toString());
    register.append(
        documentId, null, "reviewed", access.actor(), "still valid; next review " + next);
  }

  public void revisionDue(DelegateExecution execution) {
    register.append(
        DOCUMENT_ID.get(execution),
        null,
        "reviewed",
        access.actor(),
        "needs revision: " + NOTES.get(execution));
  }
}
