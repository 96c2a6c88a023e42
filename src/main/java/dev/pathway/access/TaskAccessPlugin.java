package dev.pathway.access;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * Task access that does not grow with the number of tasks ({@link CandidateGroupAccess}) and a task
 * query that checks it with EXISTS probes ({@code dev/pathway/access/TaskQuery.xml}) instead of the
 * engine's join of every authorization row and DISTINCT: Tasklist's lists and counts stay fast with
 * tens of thousands of open tasks; large counts are kept for seconds ({@link LargeTaskCounts}).
 */
@Component
class TaskAccessPlugin extends AbstractProcessEnginePlugin {

  static final String MAPPING = "dev/pathway/access/TaskQuery.xml";
  private static final Map<String, String> STATEMENTS =
      Map.of(
          "selectTaskByQueryCriteria",
          "pathwaySelectTaskByQueryCriteria",
          "selectTaskCountByQueryCriteria",
          LargeTaskCounts.COUNT_STATEMENT);

  private final TaskCountProperties taskCounts;

  TaskAccessPlugin(TaskCountProperties taskCounts) {
    this.taskCounts = taskCounts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new CandidateGroupAccess.Provider());
    configuration.setCommandCheckers(
        List.of(new TenantCommandChecker(), new CandidateGroupAccess.Checker()));
    RememberedReadMethods.install();
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    try (InputStream mapping =
        TaskAccessPlugin.class.getClassLoader().getResourceAsStream(MAPPING)) {
      new XMLMapperBuilder(mapping, mybatis, MAPPING, mybatis.getSqlFragments()).parse();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + MAPPING, e);
    }
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    // the engine's mappings may be a map shared by every engine of the JVM: changed on a copy
    Map<String, String> mappings = new HashMap<>();
    if (sessions.getStatementMappings() != null) {
      mappings.putAll(sessions.getStatementMappings());
    }
    mappings.putAll(STATEMENTS);
    sessions.setStatementMappings(mappings);
    if (taskCounts.enabled()) {
      mybatis.addInterceptor(new LargeTaskCounts(taskCounts));
    }
  }
}
