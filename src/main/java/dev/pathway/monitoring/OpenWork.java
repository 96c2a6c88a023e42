package dev.pathway.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open tasks of an implementation (its own instance and every instance it called) by the role
 * group they wait for: how many are open, how many past their due date. A task offered to two
 * groups counts for each. Read from the engine's tables once the caller may read the
 * implementation: the oversight groups may not read the tasks themselves, only count them here.
 */
@Component
class OpenWork {

  private final JdbcTemplate jdbc;
  private final String prefix;

  OpenWork(JdbcTemplate jdbc, ProcessEngineConfigurationImpl configuration) {
    this.jdbc = jdbc;
    this.prefix =
        configuration.getDatabaseTablePrefix() == null
            ? ""
            : configuration.getDatabaseTablePrefix();
  }

  Work of(String implementationId, Instant now) {
    Timestamp at = Timestamp.from(now);
    String tasks =
        " FROM "
            + prefix
            + "ACT_RU_TASK T JOIN "
            + prefix
            + "ACT_RU_EXECUTION E ON E.ID_ = T.PROC_INST_ID_ ";
    List<Group> groups =
        jdbc.query(
            "SELECT I.GROUP_ID_, MAX(G.NAME_), COUNT(*), "
                + "SUM(CASE WHEN T.DUE_DATE_ < ? THEN 1 ELSE 0 END)"
                + tasks
                + "JOIN "
                + prefix
                + "ACT_RU_IDENTITYLINK I ON I.TASK_ID_ = T.ID_ AND I.TYPE_ = 'candidate' "
                + "LEFT JOIN "
                + prefix
                + "ACT_ID_GROUP G ON G.ID_ = I.GROUP_ID_ "
                + "WHERE E.ROOT_PROC_INST_ID_ = ? AND I.GROUP_ID_ IS NOT NULL "
                + "GROUP BY I.GROUP_ID_ ORDER BY 4 DESC, 3 DESC, 1",
            (rs, n) ->
                new Group(
                    rs.getString(1),
                    rs.getString(2) == null ? rs.getString(1) : rs.getString(2),
                    rs.getInt(3),
                    rs.getInt(4)),
            at,
            implementationId);
    return jdbc.queryForObject(
        "SELECT COUNT(*), SUM(CASE WHEN T.DUE_DATE_ < ? THEN 1 ELSE 0 END)"
            + tasks
            + "WHERE E.ROOT_PROC_INST_ID_ = ?",
        (rs, n) -> new Work(rs.getInt(1), rs.getInt(2), groups),
        at,
        implementationId);
  }

  /** Every open task of the implementation, the overdue among them, and both by role group. */
  record Work(int open, int overdue, List<Group> byRoleGroup) {}

  record Group(String groupId, String name, int open, int overdue) {}
}
