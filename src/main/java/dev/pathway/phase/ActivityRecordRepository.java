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
          + "evidence, justification, notes, completed_by, completed_at";

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
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
        Timestamp.from(record.completedAt()));
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
        rs.getTimestamp("completed_at").toInstant());
  }
}
