package dev.pathway.review;

import dev.pathway.audit.AuditRepository;
import dev.pathway.audit.Directory;
import dev.pathway.audit.FindingKind;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.documents.KeptRecords;
import dev.pathway.improvement.ImprovementActionModel;
import dev.pathway.newservice.NewServiceModel;
import dev.pathway.process.ValueSet;
import dev.pathway.programme.ProgrammeModel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The inputs of a management review (ISO/IEC 20000-1 8.2; Table B.1 Monitor, measure, review and
 * internal audit b)–f)), gathered from what the implementation recorded since the previous review:
 * monitoring results, audit results, nonconformities and their corrective actions, improvement
 * actions, the earlier reviews' decisions and their status, and changes that could affect the SMS.
 * The management review task shows them; a report (e.g. a management review pack) may call {@link
 * #gather} too.
 */
@Component
public class ManagementReviewInputs {

  private final ReviewRepository reviews;
  private final AuditRepository audits;
  private final HistoryService history;
  private final TaskService tasks;
  private final Directory directory;
  private final Catalogue catalogue;
  private final KeptRecords records;

  ManagementReviewInputs(
      ReviewRepository reviews,
      AuditRepository audits,
      HistoryService history,
      TaskService tasks,
      Directory directory,
      Catalogue catalogue,
      KeptRecords records) {
    this.records = records;
    this.reviews = reviews;
    this.audits = audits;
    this.history = history;
    this.tasks = tasks;
    this.directory = directory;
    this.catalogue = catalogue;
  }

  /** The inputs, one list of lines per input, and the period they cover. */
  public record Inputs(
      Instant periodFrom,
      Instant periodTo,
      List<String> monitoringResults,
      List<String> auditResults,
      List<String> nonconformities,
      List<String> improvementActions,
      List<String> earlierDecisions,
      List<String> changes) {

    /** Each input under its heading, in the order of 8.2, as Markdown lists. */
    public Map<String, String> sections() {
      Map<String, String> sections = new LinkedHashMap<>();
      sections.put("Monitoring results", list(monitoringResults));
      sections.put("Audit results", list(auditResults));
      sections.put("Nonconformities and corrective actions", list(nonconformities));
      sections.put("Improvement actions", list(improvementActions));
      sections.put("Decisions of earlier reviews and their status", list(earlierDecisions));
      sections.put("Changes that could affect the SMS", list(changes));
      return sections;
    }

    /** All inputs as one Markdown text: what the minutes keep. */
    public String markdown() {
      return "Period: "
          + (periodFrom == null ? "since the start of continual improvement" : "from " + periodFrom)
          + " to "
          + periodTo
          + "\n\n"
          + sections().entrySet().stream()
              .map(section -> "## " + section.getKey() + "\n\n" + section.getValue())
              .collect(Collectors.joining("\n\n"));
    }

    private static String list(List<String> lines) {
      return lines.isEmpty()
          ? "Nothing recorded in this period."
          : lines.stream().map(line -> "- " + line).collect(Collectors.joining("\n"));
    }
  }

  /** The inputs since the implementation's previous management review (or since the start). */
  public Inputs gather(String implementationId, String businessKey) {
    Instant from = reviews.lastHeld(implementationId);
    Instant to = ClockUtil.getCurrentTime().toInstant();
    return Directory.privileged(
        () ->
            new Inputs(
                from,
                to,
                reviews.monitoringResults(implementationId, from),
                auditResults(implementationId, from),
                nonconformities(implementationId, from),
                improvementActions(implementationId, from),
                earlierDecisions(implementationId),
                changes(businessKey, from)));
  }

  private List<String> auditResults(String implementationId, Instant from) {
    return audits.audits(implementationId).stream()
        .filter(audit -> from == null || audit.completedAt().isAfter(from))
        .map(
            audit ->
                audit.occasion()
                    + " ("
                    + audit.plannedStart()
                    + " – "
                    + audit.plannedEnd()
                    + "): "
                    + audit.plan().size()
                    + " areas audited, "
                    + audit.findings().size()
                    + " findings"
                    + counts(audit.findings())
                    + records
                        .identifier(audit.reportDocument())
                        .map(identifier -> "; report: " + identifier)
                        .orElse(""))
        .toList();
  }

  private static String counts(List<AuditRepository.Finding> findings) {
    Map<String, Long> byKind =
        findings.stream()
            .collect(
                Collectors.groupingBy(
                    finding -> ValueSet.of(FindingKind.class, finding.kind()).label().toLowerCase(),
                    LinkedHashMap::new,
                    Collectors.counting()));
    return byKind.isEmpty()
        ? ""
        : " ("
            + byKind.entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey())
                .collect(Collectors.joining(", "))
            + ")";
  }

  /** Every nonconformity still open, and those closed in the period. */
  private List<String> nonconformities(String implementationId, Instant from) {
    return audits.findings(implementationId).stream()
        .filter(finding -> ValueSet.of(FindingKind.class, finding.kind()).isNonconformity())
        .filter(
            finding ->
                finding.closedAt() == null || from == null || finding.closedAt().isAfter(from))
        .map(
            finding ->
                ValueSet.of(FindingKind.class, finding.kind()).label()
                    + " in "
                    + catalogue.area(finding.areaId()).name()
                    + " (clause "
                    + finding.clause()
                    + "): "
                    + finding.statement()
                    + " — "
                    + (finding.closedAt() == null
                        ? "open, corrective action at: " + currentStep(finding.correctiveAction())
                        : "closed, corrective action verified effective on "
                            + LocalDate.ofInstant(finding.closedAt(), ZoneOffset.UTC)))
        .toList();
  }

  private List<String> improvementActions(String implementationId, Instant from) {
    return history
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(ImprovementActionModel.KEY)
        .variableValueEquals(ProgrammeModel.IMPLEMENTATION_ID.name(), implementationId)
        .orderByProcessInstanceStartTime()
        .asc()
        .list()
        .stream()
        .filter(
            action ->
                action.getEndTime() == null
                    || from == null
                    || action.getEndTime().toInstant().isAfter(from))
        .map(
            action ->
                variable(action, ImprovementActionModel.FINDING_TEXT.name())
                    + " — "
                    + (action.getEndTime() == null
                        ? "open, at: " + currentStep(action.getId())
                        : "completed on " + day(action.getEndTime())))
        .toList();
  }

  private List<String> earlierDecisions(String implementationId) {
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
    return reviews.actions(implementationId).stream()
        .filter(action -> ReviewRepository.OPEN.equals(action.status()) || action.doneAt() != null)
        .map(
            action ->
                action.decision()
                    + " — "
                    + directory.nameOf(action.owner())
                    + ", due "
                    + action.dueDate()
                    + ": "
                    + (ReviewRepository.DONE.equals(action.status())
                        ? "done (" + action.outcome() + ")"
                        : action.dueDate().isBefore(today) ? "open, overdue" : "open"))
        .toList();
  }

  private List<String> changes(String businessKey, Instant from) {
    return history
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(NewServiceModel.KEY)
        .processInstanceBusinessKey(businessKey)
        .startedAfter(from == null ? new Date(0) : Date.from(from))
        .orderByProcessInstanceStartTime()
        .asc()
        .list()
        .stream()
        .map(
            project ->
                "New or changed service: "
                    + variable(project, NewServiceModel.SERVICE_NAME.name())
                    + " ("
                    + changeType(variable(project, NewServiceModel.CHANGE_TYPE.name()))
                    + "), "
                    + (project.getEndTime() == null ? "in progress" : "completed"))
        .toList();
  }

  private static String changeType(String value) {
    return switch (value) {
      case "new" -> "a new service";
      case "changed" -> "a change to a service";
      case "closure" -> "closing a service";
      default -> value;
    };
  }

  private String currentStep(String processInstanceId) {
    if (processInstanceId == null) {
      return "not started";
    }
    List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId).list();
    return open.isEmpty()
        ? "no open task"
        : open.stream().map(Task::getName).collect(Collectors.joining(", "));
  }

  private String variable(HistoricProcessInstance instance, String name) {
    return history
        .createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId())
        .variableName(name)
        .list()
        .stream()
        .findFirst()
        .map(HistoricVariableInstance::getValue)
        .map(String::valueOf)
        .orElse("");
  }

  private static LocalDate day(Date date) {
    return LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
  }
}
