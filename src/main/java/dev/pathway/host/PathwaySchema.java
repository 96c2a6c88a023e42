package dev.pathway.host;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Pathway's tables ({@code pw_*}), migrated by a Flyway of Pathway's own, on the engine's data
 * source, in the schema history table {@value #HISTORY_TABLE}, before the engine starts. The host's
 * Flyway, its migrations and its {@code flyway_schema_history} are not touched, and Pathway's
 * migrations ({@code classpath:pathway/db/migration}) are not where a host's Flyway looks.
 *
 * <p>Installations from before Pathway had a history table of its own (its tables made by Spring
 * Boot's Flyway) start their new history at {@value #LAST_SHARED_VERSION}, the last migration of
 * that time.
 */
@Component
class PathwaySchema extends AbstractProcessEnginePlugin {

  static final String HISTORY_TABLE = "pathway_schema_history";
  static final String LAST_SHARED_VERSION = "4";
  private static final Logger LOG = LoggerFactory.getLogger(PathwaySchema.class);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    DataSource dataSource = configuration.getDataSource();
    boolean upgradeFromSharedHistory =
        !hasTable(dataSource, HISTORY_TABLE) && hasTable(dataSource, "pw_activity_record");
    if (upgradeFromSharedHistory) {
      LOG.info(
          "Pathway's tables exist without {}: their history starts at version {}",
          HISTORY_TABLE,
          LAST_SHARED_VERSION);
    }
    Flyway.configure()
        .dataSource(dataSource)
        .locations(PathwayResources.MIGRATIONS)
        .table(HISTORY_TABLE)
        // the engine's tables, and the host's, may be there first
        .baselineOnMigrate(true)
        .baselineVersion(upgradeFromSharedHistory ? LAST_SHARED_VERSION : "0")
        .baselineDescription(
            upgradeFromSharedHistory ? "Pathway before its own history" : "Pathway")
        .load()
        .migrate();
  }

  private static boolean hasTable(DataSource dataSource, String table) {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metadata = connection.getMetaData();
      for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
        try (ResultSet tables =
            metadata.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
          if (tables.next()) {
            return true;
          }
        }
      }
      return false;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the database's tables: " + e.getMessage(), e);
    }
  }
}
