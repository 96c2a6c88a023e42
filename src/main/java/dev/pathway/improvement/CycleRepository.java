package dev.pathway.improvement;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The cycles run so far; the primary key (implementation, kind, cycle) makes a second start of a
 * cycle fail.
 */
@Repository
class CycleRepository {

  private final JdbcTemplate jdbc;

  CycleRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void start(
      String implementationId,
      CycleKind kind,
      int cycle,
      String taskId,
      String interval,
      Instant startedAt) {
    jdbc.update(
        "INSERT INTO pw_improvement_cycle (implementation_id, kind, cycle, task_id, interval_iso, started_at) "
            + "VALUES (?, ?, ?, ?, ?, ?)",
        implementationId,
        kind.id(),
        cycle,
        taskId,
        interval,
        Timestamp.from(startedAt));
  }

  void complete(String implementationId, CycleKind kind, int cycle, CycleResult result) {
    jdbc.update(
        "UPDATE pw_improvement_cycle SET completed_by = ?, completed_at = ?, summary = ?, detail = ?, rating = ?, "
            + "nonconformities = ?, findings = ? WHERE implementation_id = ? AND kind = ? AND cycle = ?",
        result.completedBy(),
        Timestamp.from(result.completedAt()),
        result.summary(),
        result.detail(),
        result.rating(),
        result.nonconformities(),
        result.findings(),
        implementationId,
        kind.id(),
        cycle);
  }

  /** The completed cycles of an implementation, oldest first. */
  List<CycleResult> completed(String implementationId) {
    return jdbc.query(
        "SELECT kind, cycle, completed_by, completed_at, summary, detail, rating, nonconformities, findings "
            + "FROM pw_improvement_cycle WHERE implementation_id = ? AND completed_at IS NOT NULL "
            + "ORDER BY completed_at, kind, cycle",
        (rs, n) ->
            new CycleResult(
                rs.getString(1),
                CycleKind.of(rs.getString(1)).title(),
                rs.getInt(2),
                rs.getString(3),
                rs.getTimestamp(4).toInstant(),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getObject(8, Integer.class),
                rs.getString(9)),
        implementationId);
  }
}
