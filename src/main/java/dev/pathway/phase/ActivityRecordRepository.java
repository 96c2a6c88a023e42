package dev.pathway.phase;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Activity records; written in the transaction that completes the task, so both commit or neither.
 */
@Repository
public class ActivityRecordRepository {

  private static final String COLUMNS =
      "task_id, implementation_id, phase, round, area_id, activity_id, outcome, "
          + "evidence, justification, notes, completed_by, completed_at, "
          + "na_decision, na_decided_by, na_decided_at, na_reason";

  private final JdbcTemplate jdbc;

  ActivityRecordRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A second record of the same task means the task was completed twice at the same moment and the
   * other completion committed first: a conflict, which the completion's retry answers with "does
   * not exist (or was completed already)".
   */
  void save(ActivityRecord record) {
    try {
      insert(record);
    } catch (DuplicateKeyException completedAtTheSameTime) {
      throw new OptimisticLockingException(
          "Task " + record.taskId() + " was completed by someone else at the same time");
    }
  }

  private void insert(ActivityRecord record) {
    jdbc.update(
        "INSERT INTO pw_activity_record ("
            + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        record.taskId(),
        record.implementationId(),
        record.phase(),
        record.round(),
        record.areaId(),
        record.activityId(),
        record.outcome().value(),
        record.evidence(),
        record.justification(),
        record.notes(),
        record.completedBy(),
        Timestamp.from(record.completedAt()),
        record.notApplicable() == null ? null : record.notApplicable().decision().value(),
        record.notApplicable() == null ? null : record.notApplicable().decidedBy(),
        record.notApplicable() == null || record.notApplicable().decidedAt() == null
            ? null
            : Timestamp.from(record.notApplicable().decidedAt()),
        record.notApplicable() == null ? null : record.notApplicable().reason());
  }

  /**
   * The implementation board's decision on a record of "not applicable", once: false when the
   * record is not waiting for one (decided already, or not "not applicable").
   */
  boolean decideNotApplicable(String taskId, NotApplicableApproval approval) {
    return jdbc.update(
            "UPDATE pw_activity_record SET na_decision = ?, na_decided_by = ?, na_decided_at = ?,"
                + " na_reason = ? WHERE task_id = ? AND na_decision = ?",
            approval.decision().value(),
            approval.decidedBy(),
            Timestamp.from(approval.decidedAt()),
            approval.reason(),
            taskId,
            NotApplicableDecision.PENDING.value())
        == 1;
  }

  /** The records of one round of a phase. */
  public List<ActivityRecord> ofRound(String implementationId, int phase, int round) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM pw_activity_record WHERE implementation_id = ? AND phase = ? AND round = ?",
        ActivityRecordRepository::map,
        implementationId,
        phase,
        round);
  }

  /** The records of one activity of an implementation, oldest first. */
  public List<ActivityRecord> ofActivity(String implementationId, String activityId) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM pw_activity_record WHERE implementation_id = ? AND activity_id = ? "
            + "ORDER BY completed_at, task_id",
        ActivityRecordRepository::map,
        implementationId,
        activityId);
  }

  /** All records of an implementation, oldest first. */
  public List<ActivityRecord> ofImplementation(String implementationId) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM pw_activity_record WHERE implementation_id = ? "
            + "ORDER BY completed_at, task_id",
        ActivityRecordRepository::map,
        implementationId);
  }

  private static ActivityRecord map(ResultSet rs, int row) throws SQLException {
    return new ActivityRecord(
        rs.getString("task_id"),
        rs.getString("implementation_id"),
        rs.getInt("phase"),
        rs.getInt("round"),
        rs.getString("area_id"),
        rs.getString("activity_id"),
        Outcome.of(rs.getString("outcome")),
        rs.getString("evidence"),
        rs.getString("justification"),
        rs.getString("notes"),
        rs.getString("completed_by"),
        rs.getTimestamp("completed_at").toInstant(),
        notApplicable(rs));
  }

  private static NotApplicableApproval notApplicable(ResultSet rs) throws SQLException {
    String decision = rs.getString("na_decision");
    if (decision == null) {
      return null;
    }
    Timestamp decidedAt = rs.getTimestamp("na_decided_at");
    return new NotApplicableApproval(
        NotApplicableDecision.of(decision),
        rs.getString("na_decided_by"),
        decidedAt == null ? null : decidedAt.toInstant(),
        rs.getString("na_reason"));
  }
}
