package dev.pathway.phase;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The tailored plan of each phase of an implementation, in Pathway's own table beside the engine's. */
@Repository
public class PhasePlanRepository {

  private final JdbcTemplate jdbc;

  PhasePlanRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void save(String implementationId, int phase, int round, List<PlannedActivity> plan) {
    jdbc.batchUpdate("INSERT INTO pw_phase_plan (implementation_id, phase, round, area_id, activity_id, origin) "
            + "VALUES (?, ?, ?, ?, ?, ?)", plan, plan.size(), (statement, planned) -> {
          statement.setString(1, implementationId);
          statement.setInt(2, phase);
          statement.setInt(3, round);
          statement.setString(4, planned.areaId());
          statement.setString(5, planned.activityId());
          statement.setString(6, planned.origin().name());
        });
  }

  public List<PlannedActivity> plan(String implementationId, int phase, int round) {
    return jdbc.query("SELECT area_id, activity_id, origin FROM pw_phase_plan "
            + "WHERE implementation_id = ? AND phase = ? AND round = ?",
        (rs, n) -> new PlannedActivity(rs.getString(1), rs.getString(2), PlanOrigin.valueOf(rs.getString(3))),
        implementationId, phase, round);
  }

  List<String> activityIds(String implementationId, int phase, int round, String areaId) {
    return jdbc.queryForList("SELECT activity_id FROM pw_phase_plan "
            + "WHERE implementation_id = ? AND phase = ? AND round = ? AND area_id = ? ORDER BY activity_id",
        String.class, implementationId, phase, round, areaId);
  }

  PlanOrigin origin(String implementationId, int phase, int round, String activityId) {
    return jdbc.queryForObject("SELECT origin FROM pw_phase_plan "
            + "WHERE implementation_id = ? AND phase = ? AND round = ? AND activity_id = ?",
        (rs, n) -> PlanOrigin.valueOf(rs.getString(1)), implementationId, phase, round, activityId);
  }

  /** Every activity planned in any round of the phase: the phase's scope for progress reports. */
  public List<PlannedActivity> planOfPhase(String implementationId, int phase) {
    return jdbc.query("SELECT DISTINCT area_id, activity_id, 'TABLE_B1' FROM pw_phase_plan "
            + "WHERE implementation_id = ? AND phase = ?",
        (rs, n) -> new PlannedActivity(rs.getString(1), rs.getString(2), PlanOrigin.TABLE_B1), implementationId, phase);
  }
}
