package dev.pathway.phase;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The tailored plan of each phase of an implementation, in Pathway's own table beside the engine's.
 */
@Repository
public class PhasePlanRepository {

  private final JdbcTemplate jdbc;

  PhasePlanRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void save(String implementationId, int phase, int round, List<PlannedActivity> plan) {
    jdbc.batchUpdate(
        "INSERT INTO pw_phase_plan (implementation_id, phase, round, area_id, activity_id, origin) "
            + "VALUES (?, ?, ?, ?, ?, ?)",
        plan,
        plan.size(),
        (statement, planned) -> {
          statement.setString(1, implementationId);
          statement.setInt(2, phase);
          statement.setInt(3, round);
          statement.setString(4, planned.areaId());
          statement.setString(5, planned.activityId());
          statement.setString(6, planned.origin().name());
        });
  }

  void remove(String implementationId, int phase, int round, List<String> activityIds) {
    jdbc.batchUpdate(
        "DELETE FROM pw_phase_plan WHERE implementation_id = ? AND phase = ? AND round = ? AND activity_id = ?",
        activityIds,
        activityIds.size(),
        (statement, activityId) -> {
          statement.setString(1, implementationId);
          statement.setInt(2, phase);
          statement.setInt(3, round);
          statement.setString(4, activityId);
        });
  }

  List<String> activityIds(String implementationId, int phase, int round, String areaId) {
    return jdbc.queryForList(
        "SELECT activity_id FROM pw_phase_plan "
            + "WHERE implementation_id = ? AND phase = ? AND round = ? AND area_id = ?",
        String.class,
        implementationId,
        phase,
        round,
        areaId);
  }

  PlanOrigin origin(String implementationId, int phase, int round, String activityId) {
    return jdbc.queryForObject(
        "SELECT origin FROM pw_phase_plan "
            + "WHERE implementation_id = ? AND phase = ? AND round = ? AND activity_id = ?",
        (rs, n) -> PlanOrigin.valueOf(rs.getString(1)),
        implementationId,
        phase,
        round,
        activityId);
  }

  /** The activities planned in the phase for this reason, in any round. */
  List<String> activityIdsOf(String implementationId, int phase, PlanOrigin origin) {
    return jdbc.queryForList(
        "SELECT DISTINCT activity_id FROM pw_phase_plan "
            + "WHERE implementation_id = ? AND phase = ? AND origin = ?",
        String.class,
        implementationId,
        phase,
        origin.name());
  }

  /** Every activity planned in any round of the phase, with the last round that planned it. */
  public List<PlannedInPhase> planOfPhase(String implementationId, int phase) {
    return jdbc.query(
        "SELECT area_id, activity_id, MAX(round) FROM pw_phase_plan "
            + "WHERE implementation_id = ? AND phase = ? GROUP BY area_id, activity_id",
        (rs, n) -> new PlannedInPhase(rs.getString(1), rs.getString(2), rs.getInt(3)),
        implementationId,
        phase);
  }

  /** An activity of a phase's scope and the last round that planned it. */
  public record PlannedInPhase(String areaId, String activityId, int lastRound) {}
}
