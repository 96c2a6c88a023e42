package dev.pathway.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Pathway's tables migrate in a history of their own, on a new database and on one from before. */
class PathwaySchemaTest {

  private final JdbcDataSource database = new JdbcDataSource();
  private final JdbcTemplate jdbc = new JdbcTemplate(database);

  PathwaySchemaTest() {
    database.setURL("jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    database.setUser("sa");
  }

  @Test
  void aNewDatabaseGetsEveryMigrationInPathwaysOwnHistory() {
    migrate();

    assertThat(scripts("pathway_schema_history"))
        .containsExactly(
            "V1__activity_records.sql",
            "V2__phase_plans_and_gates.sql",
            "V3__continual_improvement.sql",
            "V4__gate_characteristics_share.sql",
            "V5__document_register.sql",
            "V6__activity_evidence.sql",
            "V7__not_applicable_approval.sql",
            "V8__gate_record.sql",
            "V9__improvement_cycle_results.sql",
            "V11__notifications.sql",
            "V13__audits_and_reviews.sql",
            "V14__notification_choices.sql",
            "V15__audit_report_record.sql");
    assertThat(jdbc.queryForObject("select count(*) from pw_activity_record", Long.class)).isZero();
  }

  @Test
  void anInstallationFromBeforeKeepsItsTablesAndStartsItsHistoryAtTheLastSharedVersion() {
    Flyway.configure()
        .dataSource(database)
        .locations(PathwayResources.MIGRATIONS)
        .target(PathwaySchema.LAST_SHARED_VERSION)
        .load()
        .migrate();
    jdbc.update(
        "insert into pw_improvement_cycle (implementation_id, kind, cycle, task_id, started_at)"
            + " values ('implementation-1', 'internal-audit', 1, 'task-1', current_timestamp)");

    migrate();
    migrate();

    assertThat(
            jdbc.queryForList(
                "select \"version\" from \"pathway_schema_history\" where \"type\" = 'BASELINE'",
                String.class))
        .containsExactly(PathwaySchema.LAST_SHARED_VERSION);
    assertThat(scripts("pathway_schema_history"))
        .as("only what came after")
        .containsExactly(
            "V5__document_register.sql",
            "V6__activity_evidence.sql",
            "V7__not_applicable_approval.sql",
            "V8__gate_record.sql",
            "V9__improvement_cycle_results.sql",
            "V11__notifications.sql",
            "V13__audits_and_reviews.sql",
            "V14__notification_choices.sql",
            "V15__audit_report_record.sql");
    assertThat(jdbc.queryForObject("select count(*) from pw_improvement_cycle", Long.class))
        .isEqualTo(1);
  }

  private void migrate() {
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setDataSource(database);
    new PathwaySchema().postInit(configuration);
  }

  private List<String> scripts(String historyTable) {
    return jdbc.queryForList(
        "select \"script\" from \""
            + historyTable
            + "\" where \"type\" = 'SQL' order by \"installed_rank\"",
        String.class);
  }
}
