package dev.pathway.tasklist;

import dev.pathway.documents.DocumentApprovalModel;
import dev.pathway.documents.DocumentReviewModel;
import dev.pathway.phase.PhaseModel;
import java.util.Map;

/**
 * An open task as its "Documents" tab sees it: what it belongs to (the process, the implementation,
 * a Table B.1 activity or a document under review) and whether the user asking may work on it.
 *
 * @param variables the task's variables that say what it belongs to (activity, phase,
 *     implementation, document, version, the evidence attached so far)
 */
record WorkedTask(
    String id,
    String name,
    String processInstanceId,
    String processKey,
    Map<String, Object> variables,
    boolean mayWork) {

  boolean isActivity() {
    return PhaseModel.KEY.equals(processKey)
        && variables.get(PhaseModel.ACTIVITY_ID.name()) != null;
  }

  boolean isDocumentTask() {
    return DocumentApprovalModel.KEY.equals(processKey)
        || DocumentReviewModel.KEY.equals(processKey);
  }

  String string(String name) {
    Object value = variables.get(name);
    return value == null ? null : value.toString();
  }
}
