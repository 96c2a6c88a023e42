package dev.pathway.audit;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.documents.Document;
import dev.pathway.documents.KeptRecords;
import dev.pathway.identity.RoleGroups;
import dev.pathway.phase.AuditConclusion;
import dev.pathway.phase.PhaseModel;
import dev.pathway.process.ValueSet;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.progress.ImplementationAccess;
import dev.pathway.reports.PdfReports;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Keep the audit report as a record" ({@code internal-audit}): the report of the audit just
 * completed (scope, criteria, dates, auditors, findings, summary and conclusion) rendered as PDF
 * from {@code templates/reports/internal-audit-report.html} and issued as a record of the
 * implementation's document register, owned by the audit group and read by the groups of the areas
 * audited (and, as every document, by the oversight groups).
 */
@Component("auditReportRecords")
public class AuditReportRecords implements JavaDelegate {

  private static final String TEMPLATE = "internal-audit-report";
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final AuditRepository audits;
  private final KeptRecords records;
  private final PdfReports pdf;
  private final Directory directory;
  private final Catalogue catalogue;
  private final RoleGroups roleGroups;
  private final Impartiality impartiality;
  private final ImplementationAccess implementations;

  AuditReportRecords(
      AuditRepository audits,
      KeptRecords records,
      PdfReports pdf,
      Directory directory,
      Catalogue catalogue,
      RoleGroups roleGroups,
      Impartiality impartiality,
      ImplementationAccess implementations) {
    this.implementations = implementations;
    this.audits = audits;
    this.records = records;
    this.pdf = pdf;
    this.directory = directory;
    this.catalogue = catalogue;
    this.roleGroups = roleGroups;
    this.impartiality = impartiality;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String auditId = AuditModel.AUDIT_ID.get(execution);
    AuditRepository.Audit audit =
        audits.audit(auditId).orElseThrow(() -> new IllegalStateException("No audit " + auditId));
    List<String> areas =
        audit.plan().stream().map(AuditRepository.Assignment::areaId).distinct().toList();
    Set<String> readers = new LinkedHashSet<>();
    areas.forEach(area -> readers.addAll(impartiality.groupsOfArea(area)));
    List<String> auditGroups = roleGroups.groupsOf("audit");
    readers.removeAll(auditGroups);
    Document record =
        records.keep(
            new KeptRecords.KeptRecord(
                ProgrammeModel.IMPLEMENTATION_ID.get(execution),
                title(audit),
                areas,
                auditGroups.get(0),
                List.copyOf(readers),
                "internal-audit-report-" + audit.plannedStart() + ".pdf",
                "application/pdf",
                pdf.pdf(TEMPLATE, values(audit, execution)),
                "The report of " + audit.occasion() + ", kept when the audit was completed",
                audit.completedBy()));
    audits.linkReport(auditId, record.id());
  }

  static String title(AuditRepository.Audit audit) {
    return "Internal audit report: "
        + audit.occasion()
        + ", "
        + audit.plannedStart()
        + " to "
        + audit.plannedEnd();
  }

  /** What the template shows, as map entries (the template reads no record accessors). */
  private Map<String, Object> values(AuditRepository.Audit audit, DelegateExecution execution) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("provider", provider(ProgrammeModel.IMPLEMENTATION_ID.get(execution)));
    values.put("businessKey", execution.getProcessBusinessKey());
    values.put("occasion", audit.occasion());
    values.put("plannedStart", String.valueOf(audit.plannedStart()));
    values.put("plannedEnd", String.valueOf(audit.plannedEnd()));
    values.put(
        "auditors",
        audit.plan().stream()
            .map(AuditRepository.Assignment::auditor)
            .distinct()
            .map(directory::nameOf)
            .collect(Collectors.joining(", ")));
    values.put("completedAt", WHEN.format(audit.completedAt()));
    values.put("completedBy", directory.nameOf(audit.completedBy()));
    values.put(
        "plan",
        audit.plan().stream()
            .map(
                item ->
                    entries(
                        "area", catalogue.area(item.areaId()).name(),
                        "auditor", directory.nameOf(item.auditor()),
                        "criteria", item.criteria()))
            .toList());
    values.put(
        "findings",
        audit.findings().stream()
            // the most serious first: major nonconformities, minor ones, observations,
            // opportunities
            .sorted(
                Comparator.comparing(
                    (AuditRepository.Finding finding) ->
                        ValueSet.of(FindingKind.class, finding.kind()).ordinal()))
            .map(
                finding ->
                    entries(
                        "kind", ValueSet.of(FindingKind.class, finding.kind()).label(),
                        "area", catalogue.area(finding.areaId()).name(),
                        "clause", finding.clause(),
                        "statement", finding.statement(),
                        "evidence", finding.evidence(),
                        "status", status(finding.status())))
            .toList());
    values.put("summary", AuditModel.AUDIT_SUMMARY.get(execution));
    values.put(
        "conclusion",
        audit.conclusion() == null
            ? null
            : ValueSet.of(AuditConclusion.class, audit.conclusion()).label());
    values.put(
        "furtherDocuments",
        PhaseModel.AUDIT_REPORT_REFERENCE
            .find(execution)
            .filter(reference -> !reference.isBlank())
            .orElse(null));
    return values;
  }

  /** The service provider, as the implementation's start form gave it. */
  private String provider(String implementationId) {
    return Objects.toString(
        implementations.variable(implementationId, ProgrammeModel.SERVICE_PROVIDER.name()), "");
  }

  private static String status(String status) {
    return switch (status) {
      case AuditRepository.OPEN -> "Open until its corrective action is verified";
      case AuditRepository.CLOSED -> "Closed";
      default -> "Noted";
    };
  }

  private static Map<String, Object> entries(Object... namesAndValues) {
    Map<String, Object> entries = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      entries.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return entries;
  }
}
