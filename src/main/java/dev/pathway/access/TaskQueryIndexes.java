package dev.pathway.access;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

/**
 * The indexes on the engine's tables that Pathway's task query needs ({@code TaskQuery.xml}), as
 * Flyway migrations of their own: {@code pathway/db/engine/common} for every database, {@code
 * pathway/db/engine/<engine database type>} (e.g. {@code postgres}) for what only that database can
 * do, recorded in {@code pw_engine_schema_history}.
 *
 * <p>They run once the engine has created or updated its tables ({@code postProcessEngineBuild}),
 * not with Pathway's own migrations ({@code pathway/db/migration}, {@code
 * dev.pathway.host.PathwaySchema}): those run before the engine starts, when a fresh database has
 * no engine tables yet.
 */
@Component
class TaskQueryIndexes extends AbstractProcessEnginePlugin {

  static final String HISTORY_TABLE = "pw_engine_schema_history";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String prefix = configuration.getDatabaseTablePrefix();
    Flyway.configure()
        .dataSource(configuration.getDataSource())
        .locations(
            "classpath:pathway/db/engine/common",
            "classpath:pathway/db/engine/" + configuration.getDatabaseType())
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .placeholders(Map.of("enginePrefix", prefix == null ? "" : prefix))
        .load()
        .migrate();
  }
}
