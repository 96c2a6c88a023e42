package dev.pathway.documents;

import static dev.pathway.documents.DocumentApprovalModel.APPROVER_GROUPS;
import static dev.pathway.documents.DocumentApprovalModel.CHANGE_SUMMARY;
import static dev.pathway.documents.DocumentApprovalModel.DOCUMENT_ID;
import static dev.pathway.documents.DocumentApprovalModel.DOCUMENT_LABEL;
import static dev.pathway.documents.DocumentApprovalModel.DOCUMENT_TYPE;
import static dev.pathway.documents.DocumentApprovalModel.OWNER_GROUP;
import static dev.pathway.documents.DocumentApprovalModel.REVIEWER_GROUPS;
import static dev.pathway.documents.DocumentApprovalModel.VERSION;

import dev.pathway.identity.RoleGroups;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Starts the approval of a version, with the groups that review and approve it: the owning group
 * and documentation management review; top management approves policies, plans and reports, process
 * owners processes and procedures, service owners agreements. Started for the author, who has
 * already been allowed to submit, whatever the engine's start rights.
 */
@Component
class ApprovalStart {

  private static final Map<String, String> APPROVING_ROLE =
      Map.of(
          DocumentType.POLICY.value(), "top-management",
          DocumentType.PLAN.value(), "top-management",
          DocumentType.REPORT.value(), "top-management",
          DocumentType.PROCESS.value(), "process-owner",
          DocumentType.PROCEDURE.value(), "process-owner",
          DocumentType.AGREEMENT.value(), "service-owner");

  private final WithoutAuthorization withoutAuthorization;
  private final RuntimeService runtime;
  private final RoleGroups roleGroups;
  private final DocumentAccess access;

  ApprovalStart(
      WithoutAuthorization withoutAuthorization,
      RuntimeService runtime,
      RoleGroups roleGroups,
      DocumentAccess access) {
    this.access = access;
    this.withoutAuthorization = withoutAuthorization;
    this.runtime = runtime;
    this.roleGroups = roleGroups;
  }

  void start(Document document, DocumentVersion version) {
    VariableMap variables =
        Variables.putValue(DOCUMENT_ID.name(), document.id())
            .putValue(VERSION.name(), version.version())
            .putValue(
                DOCUMENT_LABEL.name(),
                document.identifier() + " " + document.title() + ", version " + version.version())
            .putValue(DOCUMENT_TYPE.name(), document.type())
            .putValue(OWNER_GROUP.name(), document.ownerGroup())
            .putValue(CHANGE_SUMMARY.name(), version.changeSummary())
            .putValue(
                REVIEWER_GROUPS.name(), String.join(",", access.writers(document.ownerGroup())))
            .putValue(
                APPROVER_GROUPS.name(),
                String.join(",", roleGroups.groupsOf(APPROVING_ROLE.get(document.type()))));
    withoutAuthorization.run(
        () ->
            runtime
                .createProcessInstanceByKey(DocumentApprovalModel.KEY)
                .businessKey(document.identifier() + "-v" + version.version())
                .setVariables(variables)
                .execute());
  }
}
