package dev.pathway.audit;

import static dev.pathway.audit.AuditModel.AUDITOR_OPTIONS;
import static dev.pathway.audit.AuditModel.AUDIT_HISTORY_TEXT;
import static dev.pathway.audit.AuditModel.AUDIT_PLAN;
import static dev.pathway.audit.AuditModel.AUDIT_SUMMARY;
import static dev.pathway.audit.AuditModel.FINDING_ITEMS;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.identity.RoleGroups;
import dev.pathway.phase.AuditConclusion;
import dev.pathway.phase.PhaseModel;
import dev.pathway.process.Actors;
import dev.pathway.process.ValueSet;
import dev.pathway.programme.ProgrammeModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * An internal audit, the same whether it is the Phase 3 full internal audit or a cycle of 8.2 after
 * Phase 3: the form offers the auditors of the audit group and shows the earlier audits and open
 * nonconformities; on completion the audit is kept as a record with its plan, its findings and its
 * report, and every nonconformity opens a corrective action.
 */
@Component("internalAudits")
public class InternalAudits {

  private final RoleGroups roleGroups;
  private final Directory directory;
  private final AuditRepository audits;
  private final CorrectiveActions correctiveActions;
  private final Catalogue catalogue;

  InternalAudits(
      RoleGroups roleGroups,
      Directory directory,
      AuditRepository audits,
      CorrectiveActions correctiveActions,
      Catalogue catalogue) {
    this.roleGroups = roleGroups;
    this.directory = directory;
    this.audits = audits;
    this.correctiveActions = correctiveActions;
    this.catalogue = catalogue;
  }

  /**
   * {@code ${internalAudits.present(task)}} on create: the auditors to choose from, the earlier
   * audits. Each audit is an instance of its own, so its form starts empty.
   */
  public void present(DelegateTask task) {
    AUDITOR_OPTIONS.setLocal(task, directory.membersOf(roleGroups.groupsOf("audit")));
    AUDIT_HISTORY_TEXT.setLocal(task, history(ProgrammeModel.IMPLEMENTATION_ID.get(task)));
  }

  /** {@code ${internalAudits.record(task)}} on complete. */
  public void record(DelegateTask task) {
    String implementationId = ProgrammeModel.IMPLEMENTATION_ID.get(task);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    String auditId = UUID.randomUUID().toString();
    List<AuditRepository.Assignment> plan =
        AUDIT_PLAN.get(task).stream()
            .map(
                item ->
                    new AuditRepository.Assignment(
                        item.get(AuditModel.AREA),
                        item.get(AuditModel.AUDITOR),
                        item.get(AuditModel.CRITERIA)))
            .toList();
    List<AuditRepository.Finding> findings = new ArrayList<>();
    for (Map<String, String> item : FINDING_ITEMS.get(task)) {
      FindingKind kind = ValueSet.of(FindingKind.class, item.get(AuditModel.KIND));
      findings.add(
          new AuditRepository.Finding(
              UUID.randomUUID().toString(),
              auditId,
              item.get(AuditModel.AREA),
              item.get(AuditModel.CLAUSE).strip(),
              kind.value(),
              item.get(AuditModel.STATEMENT),
              item.get(AuditModel.EVIDENCE),
              kind.isNonconformity() ? AuditRepository.OPEN : AuditRepository.NOTED,
              null,
              now,
              null));
    }
    String conclusion = PhaseModel.AUDIT_CONCLUSION.find(task).map(ValueSet::value).orElse(null);
    AuditRepository.Audit audit =
        new AuditRepository.Audit(
            auditId,
            task.getName(),
            date(AuditModel.PLANNED_START.get(task)),
            date(AuditModel.PLANNED_END.get(task)),
            conclusion,
            "",
            Actors.completedBy(task),
            now,
            plan,
            findings,
            null);
    audits.saveAudit(audit.withReport(report(audit, AUDIT_SUMMARY.get(task))), implementationId);
    for (AuditRepository.Finding finding : findings) {
      audits.saveFinding(finding, implementationId);
      if (AuditRepository.OPEN.equals(finding.status())) {
        audits.linkCorrectiveAction(
            finding.findingId(),
            correctiveActions.start(
                task.getExecution().getProcessBusinessKey(), implementationId, finding));
      }
    }
    AuditModel.AUDIT_ID.set(task, auditId);
    PhaseModel.NONCONFORMITIES_FOUND.set(
        task, (int) findings.stream().filter(f -> AuditRepository.OPEN.equals(f.status())).count());
  }

  /** The audit report as kept with the audit: plan, findings and summary, in Markdown. */
  String report(AuditRepository.Audit audit, String summary) {
    StringBuilder report = new StringBuilder();
    report
        .append("# ")
        .append(audit.occasion())
        .append("\n\n")
        .append("Audited from ")
        .append(audit.plannedStart())
        .append(" to ")
        .append(audit.plannedEnd())
        .append("; report by ")
        .append(directory.nameOf(audit.completedBy()))
        .append(".\n\n## Scope, auditors and criteria\n\n");
    audit
        .plan()
        .forEach(
            item ->
                report
                    .append("- ")
                    .append(catalogue.area(item.areaId()).name())
                    .append(": ")
                    .append(directory.nameOf(item.auditor()))
                    .append(", clauses ")
                    .append(item.criteria())
                    .append('\n'));
    report.append("\n## Findings\n\n");
    if (audit.findings().isEmpty()) {
      report.append("None.\n");
    }
    audit.findings().forEach(finding -> report.append("- ").append(line(finding)).append('\n'));
    report.append("\n## Summary\n\n").append(summary).append('\n');
    if (audit.conclusion() != null) {
      report
          .append("\n## Conclusion\n\n")
          .append(ValueSet.of(AuditConclusion.class, audit.conclusion()).label())
          .append('\n');
    }
    return report.toString();
  }

  /** Earlier audits and the nonconformities still open, for the next audit plan (Table B.1 j)). */
  private String history(String implementationId) {
    List<AuditRepository.Audit> earlier = audits.audits(implementationId);
    if (earlier.isEmpty()) {
      return null;
    }
    String open =
        earlier.stream()
            .flatMap(audit -> audit.findings().stream())
            .filter(finding -> AuditRepository.OPEN.equals(finding.status()))
            .map(finding -> "- " + line(finding))
            .collect(Collectors.joining("\n"));
    return earlier.stream()
            .map(
                audit ->
                    "- "
                        + audit.occasion()
                        + " ("
                        + audit.plannedStart()
                        + " – "
                        + audit.plannedEnd()
                        + "): "
                        + audit.findings().size()
                        + " findings")
            .collect(Collectors.joining("\n"))
        + (open.isEmpty()
            ? "\n\nNo nonconformity is open."
            : "\n\nOpen nonconformities:\n\n" + open);
  }

  private String line(AuditRepository.Finding finding) {
    return ValueSet.of(FindingKind.class, finding.kind()).label()
        + ", "
        + catalogue.area(finding.areaId()).name()
        + ", clause "
        + finding.clause()
        + ": "
        + finding.statement()
        + " ("
        + finding.status()
        + ")";
  }

  private static LocalDate date(String text) {
    return text == null || text.length() < 10 ? null : LocalDate.parse(text.substring(0, 10));
  }
}
