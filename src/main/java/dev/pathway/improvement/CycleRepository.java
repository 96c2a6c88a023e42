package dev.pathway.improvement;

import java.sql.Timestamp;
import java.time.Instant;
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
}
