package dev.pathway.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pathway.app.PathwayApplication;
import dev.pathway.programme.ProgrammeModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Date;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Continual improvement runs for years: its waiting cycles are in the database, not in memory, and
 * outlive a restart.
 */
class TimersSurviveRestartApplicationTest {

  private final Path data = Path.of("target", "restart-test");

  @BeforeEach
  @AfterEach
  void clean() throws IOException {
    if (Files.exists(data)) {
      try (Stream<Path> files = Files.walk(data)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(PathwayApplication.class)
        .profiles("demo")
        .run(
            "--server.port=0",
            "--camunda.bpm.job-execution.enabled=false",
            "--pathway.demo.example-implementation=false",
            "--camunda.bpm.process-engine-name=restart-test",
            "--spring.datasource.url=jdbc:h2:file:./"
                + data.resolve("pathway").toString().replace('\\', '/'));
  }

  @Test
  void aWaitingCycleOutlivesARestartAndThenRuns() {
    String instanceId;
    Date due;
    try (ConfigurableApplicationContext app = start()) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      instanceId =
          engine
              .getRuntimeService()
              .createProcessInstanceByKey(ContinualImprovementModel.KEY)
              .businessKey("restart")
              .setVariables(
                  Map.of(
                      ProgrammeModel.IMPLEMENTATION_ID.name(),
                      "restart",
                      ContinualImprovementModel.MONITORING_INTERVAL.name(),
                      "P1M",
                      ContinualImprovementModel.INTERNAL_AUDIT_INTERVAL.name(),
                      "P6M",
                      ContinualImprovementModel.MANAGEMENT_REVIEW_INTERVAL.name(),
                      "P1Y"))
              .startAfterActivity(ContinualImprovementModel.CONTINUING_GOVERNANCE_TASK)
              .execute()
              .getId();
      due = monitoringTimer(engine, instanceId).getDuedate();
    }

    try (ConfigurableApplicationContext app = start()) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      Job timer = monitoringTimer(engine, instanceId);
      assertThat(timer.getDuedate()).isEqualTo(due);
      engine.getManagementService().executeJob(timer.getId());
      Task monitoring =
          engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
      assertThat(monitoring.getName())
          .isEqualTo("Monitoring of services and process performance, cycle 1 (8.2 a)");
    }
  }

  private static Job monitoringTimer(ProcessEngine engine, String instanceId) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(instanceId)
        .activityId(ContinualImprovementModel.MONITORING_TIMER)
        .singleResult();
  }
}
