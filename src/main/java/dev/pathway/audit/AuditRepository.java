package dev.pathway.audit;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Audits, who audited which area, and findings with their status ({@code pw_audit*}). */
@Repository
public class AuditRepository {

  static final String OPEN = "open";
  static final String CLOSED = "closed";

  /** An observation or opportunity for improvement: recorded, nothing to close. */
  static final String NOTED = "noted";

  private static final String FINDING_COLUMNS =
      "finding_id, audit_id, area_id, clause, kind, statement, evidence, status, corrective_action, "
          + "raised_at, closed_at";

  private static final String AUDIT_QUERY =
      "SELECT audit_id, occasion, planned_start, planned_end, conclusion, report, completed_by, completed_at, "
          + "report_document FROM pw_audit ";

  private final JdbcTemplate jdbc;

  AuditRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * An audit as kept: its plan, findings and report; {@code reportDocument} is the id of the record
   * of the document register that holds the report (null until it is kept).
   */
  public record Audit(
      String auditId,
      String occasion,
      LocalDate plannedStart,
      LocalDate plannedEnd,
      String conclusion,
      String report,
      String completedBy,
      Instant completedAt,
      List<Assignment> plan,
      List<Finding> findings,
      String reportDocument) {

    Audit withReport(String text) {
      return new Audit(
          auditId,
          occasion,
          plannedStart,
          plannedEnd,
          conclusion,
          text,
          completedBy,
          completedAt,
          plan,
          findings,
          reportDocument);
    }
  }

  public record Assignment(String areaId, String auditor, String criteria) {}

  public record Finding(
      String findingId,
      String auditId,
      String areaId,
      String clause,
      String kind,
      String statement,
      String evidence,
      String status,
      String correctiveAction,
      Instant raisedAt,
      Instant closedAt) {}

  void saveAudit(Audit audit, String implementationId) {
    jdbc.update(
        "INSERT INTO pw_audit (audit_id, implementation_id, occasion, planned_start, planned_end, conclusion, "
            + "report, completed_by, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        audit.auditId(),
        implementationId,
        audit.occasion(),
        audit.plannedStart() == null ? null : Date.valueOf(audit.plannedStart()),
        audit.plannedEnd() == null ? null : Date.valueOf(audit.plannedEnd()),
        audit.conclusion(),
        audit.report(),
        audit.completedBy(),
        Timestamp.from(audit.completedAt()));
    for (Assignment assignment : audit.plan()) {
      jdbc.update(
          "INSERT INTO pw_audit_assignment (audit_id, area_id, auditor, criteria) VALUES (?, ?, ?, ?)",
          audit.auditId(),
          assignment.areaId(),
          assignment.auditor(),
          assignment.criteria());
    }
  }

  void saveFinding(Finding finding, String implementationId) {
    jdbc.update(
        "INSERT INTO pw_audit_finding ("
            + FINDING_COLUMNS
            + ", implementation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        finding.findingId(),
        finding.auditId(),
        finding.areaId(),
        finding.clause(),
        finding.kind(),
        finding.statement(),
        finding.evidence(),
        finding.status(),
        finding.correctiveAction(),
        Timestamp.from(finding.raisedAt()),
        null,
        implementationId);
  }

  void linkCorrectiveAction(String findingId, String processInstanceId) {
    jdbc.update(
        "UPDATE pw_audit_finding SET corrective_action = ? WHERE finding_id = ?",
        processInstanceId,
        findingId);
  }

  void close(String findingId, Instant closedAt) {
    jdbc.update(
        "UPDATE pw_audit_finding SET status = ?, closed_at = ? WHERE finding_id = ?",
        CLOSED,
        Timestamp.from(closedAt),
        findingId);
  }

  /** The audits of an implementation, oldest first, with their plans and findings. */
  public List<Audit> audits(String implementationId) {
    return jdbc.query(
        AUDIT_QUERY + "WHERE implementation_id = ? ORDER BY completed_at",
        this::mapAudit,
        implementationId);
  }

  /** One audit, with its plan and findings. */
  public Optional<Audit> audit(String auditId) {
    return jdbc.query(AUDIT_QUERY + "WHERE audit_id = ?", this::mapAudit, auditId).stream()
        .findFirst();
  }

  void linkReport(String auditId, String documentId) {
    jdbc.update("UPDATE pw_audit SET report_document = ? WHERE audit_id = ?", documentId, auditId);
  }

  private Audit mapAudit(ResultSet rs, int n) throws SQLException {
    return new Audit(
        rs.getString(1),
        rs.getString(2),
        localDate(rs.getDate(3)),
        localDate(rs.getDate(4)),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getTimestamp(8).toInstant(),
        jdbc.query(
            "SELECT area_id, auditor, criteria FROM pw_audit_assignment WHERE audit_id = ? "
                + "ORDER BY area_id, auditor",
            (plan, m) -> new Assignment(plan.getString(1), plan.getString(2), plan.getString(3)),
            rs.getString(1)),
        jdbc.query(
            "SELECT "
                + FINDING_COLUMNS
                + " FROM pw_audit_finding WHERE audit_id = ? ORDER BY raised_at, finding_id",
            AuditRepository::finding,
            rs.getString(1)),
        rs.getString(9));
  }

  /** Every finding of an implementation, oldest first. */
  public List<Finding> findings(String implementationId) {
    return jdbc.query(
        "SELECT "
            + FINDING_COLUMNS
            + " FROM pw_audit_finding WHERE implementation_id = ? ORDER BY raised_at, finding_id",
        AuditRepository::finding,
        implementationId);
  }

  public Finding finding(String findingId) {
    return jdbc
        .query(
            "SELECT " + FINDING_COLUMNS + " FROM pw_audit_finding WHERE finding_id = ?",
            AuditRepository::finding,
            findingId)
        .stream()
        .findFirst()
        .orElse(null);
  }

  /** How many findings of this kind are still open. */
  public int openCount(String implementationId, FindingKind kind) {
    Integer count =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM pw_audit_finding WHERE implementation_id = ? AND kind = ? AND status = ?",
            Integer.class,
            implementationId,
            kind.value(),
            OPEN);
    return count == null ? 0 : count;
  }

  private static Finding finding(ResultSet rs, int n) throws SQLException {
    Timestamp closed = rs.getTimestamp(11);
    return new Finding(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getTimestamp(10).toInstant(),
        closed == null ? null : closed.toInstant());
  }

  private static LocalDate localDate(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
