package dev.pathway.tasklist;

import dev.pathway.catalogue.Activity;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.documents.Document;
import dev.pathway.documents.DocumentApprovalModel;
import dev.pathway.documents.DocumentStatus;
import dev.pathway.documents.DocumentType;
import dev.pathway.documents.DocumentVersion;
import dev.pathway.documents.Documents;
import dev.pathway.documents.EvidenceLinks;
import dev.pathway.documents.NewDocument;
import dev.pathway.documents.UploadedFile;
import dev.pathway.phase.PhaseModel;
import dev.pathway.programme.ProgrammeModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a task's "Documents" tab shows and does. On a Table B.1 activity task: the evidence attached
 * so far, a file uploaded as a record of the register (or as a new version of a document), an
 * issued version picked from the register. What is attached is the task's {@code evidenceDocuments}
 * ("DOC-0003 v2, DOC-0007 v1"), the very value the activity's form shows under "Documents from the
 * register" and submits: completed as achieved, the record links these versions. On a document's
 * review, approval or periodic review: the version in question, its versions and log.
 */
@Service
class TaskDocuments implements TaskImplementations {

  private final TaskWork tasks;
  private final Documents documents;
  private final EvidenceLinks links;
  private final Catalogue catalogue;
  private final TaskService taskService;
  private final IdentityService identity;

  TaskDocuments(
      TaskWork tasks,
      Documents documents,
      EvidenceLinks links,
      Catalogue catalogue,
      TaskService taskService,
      IdentityService identity) {
    this.tasks = tasks;
    this.documents = documents;
    this.links = links;
    this.catalogue = catalogue;
    this.taskService = taskService;
    this.identity = identity;
  }

  @Override
  public String implementationOf(String taskId) {
    WorkedTask task = tasks.readable(taskId);
    return implementationOf(task)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "Task '" + taskId + "' belongs to no implementation"));
  }

  @Transactional(readOnly = true)
  Map<String, Object> tab(String taskId) {
    return tab(tasks.readable(taskId), null);
  }

  /**
   * Uploads a file as evidence: a new record of the register (owned by the worker's candidate
   * group, serving the activity's area), or a new version of a document given. A record's version
   * is issued at once and attached; another document's version is a draft until its approval and is
   * not.
   */
  @Transactional
  Map<String, Object> attachFile(
      String taskId, UploadedFile file, String documentId, String title, String changeSummary) {
    WorkedTask task = activityTask(taskId);
    String implementationId = task.string(ProgrammeModel.IMPLEMENTATION_ID.name());
    Activity activity = catalogue.activity(task.string(PhaseModel.ACTIVITY_ID.name()));
    String evidenceOf =
        "Evidence of Table B.1 "
            + activity.reference()
            + ", Phase "
            + task.string(PhaseModel.PHASE.name());
    Document document;
    if (documentId == null || documentId.isBlank()) {
      document =
          documents.create(
              new NewDocument(
                  implementationId,
                  title == null || title.isBlank() ? evidenceOf : title,
                  DocumentType.RECORD.value(),
                  List.of(activity.area().id()),
                  ownerGroup(taskId),
                  List.of(),
                  null,
                  null));
    } else {
      document = documents.read(documentId);
      if (!document.implementationId().equals(implementationId)) {
        throw new ResponseStatusException(
            HttpStatus.NOT_FOUND, "No document '" + documentId + "' in this implementation");
      }
    }
    DocumentVersion version =
        documents.upload(
            document.id(),
            file,
            changeSummary == null || changeSummary.isBlank() ? evidenceOf : changeSummary);
    String reference = document.identifier() + " v" + version.version();
    if (!DocumentStatus.ISSUED.value().equals(version.status())) {
      return tab(
          task,
          reference
              + " is stored as a draft: a "
              + document.type()
              + " is evidence once this version is approved and issued. Submit it for approval,"
              + " then pick it here.");
    }
    return tab(attach(task, reference), attached(reference));
  }

  /** Attaches an issued version of the implementation's register ("DOC-0003 v2"). */
  @Transactional
  Map<String, Object> attachVersion(String taskId, String reference) {
    WorkedTask task = activityTask(taskId);
    String implementationId = task.string(ProgrammeModel.IMPLEMENTATION_ID.name());
    List<String> named = EvidenceLinks.references(reference);
    if (named.size() != 1) {
      throw badRequest("reference: name one version of the register, as DOC-0003 v2");
    }
    String identifier = named.get(0).split(" v")[0];
    if (readable(implementationId).stream().noneMatch(d -> d.identifier().equals(identifier))) {
      throw badRequest("reference: " + identifier + " is not in this implementation's register");
    }
    List<String> problems = links.problems(implementationId, named.get(0));
    if (!problems.isEmpty()) {
      throw badRequest("reference: " + String.join("; ", problems));
    }
    return tab(attach(task, named.get(0)), attached(named.get(0)));
  }

  private static String attached(String reference) {
    return reference
        + " attached: the activity's form lists it under \"Documents from the register\"";
  }

  private WorkedTask attach(WorkedTask task, String reference) {
    List<String> attached =
        new ArrayList<>(
            EvidenceLinks.references(task.string(PhaseModel.EVIDENCE_DOCUMENTS.name())));
    if (!attached.contains(reference)) {
      attached.add(reference);
    }
    String value = String.join(", ", attached);
    tasks.setLocal(task.id(), PhaseModel.EVIDENCE_DOCUMENTS.name(), value);
    Map<String, Object> variables = new LinkedHashMap<>(task.variables());
    variables.put(PhaseModel.EVIDENCE_DOCUMENTS.name(), value);
    return new WorkedTask(
        task.id(),
        task.name(),
        task.processInstanceId(),
        task.processKey(),
        variables,
        task.mayWork());
  }

  private WorkedTask activityTask(String taskId) {
    WorkedTask task = tasks.workable(taskId);
    if (!task.isActivity()) {
      throw badRequest(
          "Task '" + taskId + "' is not a Table B.1 activity: evidence is attached to activities");
    }
    return task;
  }

  /** The worker's candidate group that owns the records they upload: the first they are in. */
  private String ownerGroup(String taskId) {
    List<String> mine = identity.getCurrentAuthentication().getGroupIds();
    return identityLinks(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(group -> group != null && mine != null && mine.contains(group))
        .findFirst()
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.FORBIDDEN,
                    "Only a member of the task's candidate groups registers its records; pick a"
                        + " document of the register instead"));
  }

  private List<IdentityLink> identityLinks(String taskId) {
    // the worker may read the task, its candidate groups included
    return taskService.getIdentityLinksForTask(taskId);
  }

  private Map<String, Object> tab(WorkedTask task, String message) {
    Map<String, Object> tab = new LinkedHashMap<>();
    tab.put("taskId", task.id());
    tab.put("taskName", task.name());
    tab.put("mayWork", task.mayWork());
    tab.put("implementationId", implementationOf(task).orElse(null));
    tab.put("kind", task.isActivity() ? "activity" : task.isDocumentTask() ? "document" : "other");
    if (message != null) {
      tab.put("message", message);
    }
    if (task.isActivity()) {
      activity(task, tab);
    } else if (task.isDocumentTask()) {
      String documentId = task.string(DocumentApprovalModel.DOCUMENT_ID.name());
      Map<String, Object> document = new LinkedHashMap<>(documents.withVersions(documentId));
      Document found = (Document) document.get("document");
      Object version = task.variables().get(DocumentApprovalModel.VERSION.name());
      document.put("inQuestion", version != null ? version : found.currentVersion());
      document.put("history", documents.history(documentId));
      tab.put("document", document);
    }
    return tab;
  }

  private void activity(WorkedTask task, Map<String, Object> tab) {
    Activity activity = catalogue.activity(task.string(PhaseModel.ACTIVITY_ID.name()));
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("id", activity.id());
    shown.put("reference", activity.reference());
    shown.put("areaId", activity.area().id());
    shown.put("phase", task.variables().get(PhaseModel.PHASE.name()));
    tab.put("activity", shown);
    List<Document> register = readable(task.string(ProgrammeModel.IMPLEMENTATION_ID.name()));
    List<Map<String, Object>> evidence = new ArrayList<>();
    for (String reference :
        EvidenceLinks.references(task.string(PhaseModel.EVIDENCE_DOCUMENTS.name()))) {
      String[] parts = reference.split(" v");
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("reference", reference);
      register.stream()
          .filter(document -> document.identifier().equals(parts[0]))
          .findFirst()
          .ifPresent(document -> describe(item, document, Integer.parseInt(parts[1])));
      evidence.add(item);
    }
    tab.put("evidence", evidence);
    tab.put(
        "choices",
        register.stream()
            .filter(document -> document.currentVersion() != null)
            .map(document -> choice(document, document.currentVersion()))
            .toList());
    tab.put(
        "writable",
        register.stream()
            .filter(
                document ->
                    !DocumentType.EXTERNAL_DOCUMENT.value().equals(document.type())
                        && !DocumentStatus.ARCHIVED.value().equals(document.status())
                        && documents.mayAddVersions(document))
            .map(document -> choice(document, null))
            .toList());
  }

  private void describe(Map<String, Object> item, Document document, int version) {
    item.put("documentId", document.id());
    item.put("identifier", document.identifier());
    item.put("title", document.title());
    item.put("type", document.type());
    item.put("version", version);
    @SuppressWarnings("unchecked")
    List<DocumentVersion> versions =
        (List<DocumentVersion>) documents.withVersions(document.id()).get("versions");
    versions.stream()
        .filter(found -> found.version() == version)
        .findFirst()
        .ifPresent(
            found -> {
              item.put("status", found.status());
              item.put("fileName", found.fileName());
            });
  }

  private static Map<String, Object> choice(Document document, Integer version) {
    Map<String, Object> choice = new LinkedHashMap<>();
    choice.put("documentId", document.id());
    choice.put("identifier", document.identifier());
    choice.put("title", document.title());
    choice.put("type", document.type());
    if (version != null) {
      choice.put("version", version);
      choice.put("reference", document.identifier() + " v" + version);
    }
    return choice;
  }

  private List<Document> readable(String implementationId) {
    return documents.search(implementationId, null, null, null, null);
  }

  private Optional<String> implementationOf(WorkedTask task) {
    if (task.isDocumentTask()) {
      return Optional.of(
          documents.read(task.string(DocumentApprovalModel.DOCUMENT_ID.name())).implementationId());
    }
    return Optional.ofNullable(task.string(ProgrammeModel.IMPLEMENTATION_ID.name()));
  }

  private static ResponseStatusException badRequest(String message) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
  }
}
