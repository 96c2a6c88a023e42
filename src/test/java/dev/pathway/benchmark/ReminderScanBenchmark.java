package dev.pathway.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.pathway.reminders.ReminderRuns;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduler's "due soon" and "overdue" scans with many open tasks: {@code -Dbenchmark.tasks}
 * (default 50,000) open user tasks of the kind "task" (due 14 days after they arrive), for groups
 * of one or two demo users, whose due dates are spread evenly over 100 days around the moment of
 * the scan: about 10 % overdue and 2 % due within the next two days. Mail is on (GreenMail on
 * loopback). Measured on the engine's clock, each scan once as it writes the mails and once more
 * when every reminder has been sent already, then the outbox sent.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark -DskipTests verify -pl plugin
 * -Dbenchmark.main=dev.pathway.benchmark.ReminderScanBenchmark
 * -Dbenchmark.datasource.url=jdbc:postgresql://127.0.0.1:5432/<empty db>
 * -Dbenchmark.datasource.username=postgres} (or H2 in memory without the datasource).
 */
public final class ReminderScanBenchmark {

  private static final String PROCESS = "benchmark-due-task";
  private static final List<String> GROUPS =
      List.of(
          "incident-management",
          "change-management",
          "project-team",
          "process-owner",
          "security-management");
  private static final Instant SCAN_AT = Instant.parse("2027-05-03T07:00:00Z");
  private static final int SPREAD_DAYS = 100;
  private static final int OVERDUE_DAYS = 10;
  private static final int TASK_LIMIT_DAYS = 14;
  private static final int SEED_BATCH = 500;

  public static void main(String[] args) throws Exception {
    int tasks = Integer.getInteger("benchmark.tasks", 50_000);
    String url = BenchmarkApplication.url("reminders");
    int smtpPort;
    try (ServerSocket free = new ServerSocket(0)) {
      smtpPort = free.getLocalPort();
    }
    GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
    smtp.start();
    try (ConfigurableApplicationContext app =
        BenchmarkApplication.start(
            url,
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + smtpPort,
            "--pathway.notifications.scheduler.enabled=false")) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      long seeding = seed(engine, jdbc, app.getBean(PlatformTransactionManager.class), tasks);
      ReminderRuns runs = new ReminderRuns(app);
      ClockUtil.setCurrentTime(Date.from(SCAN_AT));
      try {
        System.out.println();
        System.out.printf(
            "Due-soon and overdue scans, %,d open tasks (seeded in %.0f s), database %s%n",
            tasks, seeding / 1e9, url);
        System.out.printf(
            "open tasks due within 2 days: %,d; overdue: %,d%n",
            count(
                jdbc,
                "DUE_DATE_ > ? AND DUE_DATE_ <= ?",
                SCAN_AT,
                SCAN_AT.plus(Duration.ofDays(2))),
            count(jdbc, "DUE_DATE_ < ?", SCAN_AT, null));
        System.out.printf("%-44s %10s %8s%n", "", "ms", "mails");
        measure("due soon, first scan (writes the mails)", runs::dueSoon);
        measure("overdue, first scan (writes the mails)", runs::overdue);
        measure("due soon, again (all sent already)", runs::dueSoon);
        measure("overdue, again the same day (all sent)", runs::overdue);
        measure("outbox sent to the SMTP server", runs::send);
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(
            "heap after a full GC: %d MiB; reminders kept: %,d%n",
            (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024),
            jdbc.queryForObject("SELECT COUNT(*) FROM pw_task_reminder", Long.class));
      } finally {
        ClockUtil.reset();
      }
    } finally {
      smtp.stop();
    }
  }

  /** N process instances, each with one open task for a group; returns the nanoseconds taken. */
  private static long seed(
      ProcessEngine engine, JdbcTemplate jdbc, PlatformTransactionManager transactions, int tasks) {
    engine
        .getRepositoryService()
        .createDeployment()
        .name("benchmark")
        .addModelInstance(
            PROCESS + ".bpmn",
            Bpmn.createExecutableProcess(PROCESS)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("dueTask")
                .name("Benchmark task")
                .camundaCandidateGroups("${group}")
                .endEvent()
                .done())
        .deploy();
    long start = System.nanoTime();
    Instant firstArrival =
        SCAN_AT.minus(Duration.ofDays(OVERDUE_DAYS + TASK_LIMIT_DAYS)).minus(Duration.ofHours(1));
    // a transaction per batch of starts: seeding is not what is measured
    TransactionTemplate batch = new TransactionTemplate(transactions);
    for (int first = 0; first < tasks; first += SEED_BATCH) {
      int from = first;
      batch.executeWithoutResult(
          status -> {
            for (int i = from; i < Math.min(tasks, from + SEED_BATCH); i++) {
              // due dates spread evenly over SPREAD_DAYS, OVERDUE_DAYS of them before the scan
              long offsetMinutes = (long) i * SPREAD_DAYS * 24 * 60 / tasks;
              ClockUtil.setCurrentTime(
                  Date.from(firstArrival.plus(Duration.ofMinutes(offsetMinutes))));
              engine
                  .getRuntimeService()
                  .startProcessInstanceByKey(
                      PROCESS, "benchmark-" + i, Map.of("group", GROUPS.get(i % GROUPS.size())));
            }
          });
      if ((first / SEED_BATCH) % 20 == 19) {
        System.out.printf("seeded %,d tasks%n", first + SEED_BATCH);
      }
    }
    ClockUtil.reset();
    // the digests of this new work are not what is measured
    jdbc.update("DELETE FROM pw_new_work");
    return System.nanoTime() - start;
  }

  private static long count(JdbcTemplate jdbc, String where, Instant from, Instant to) {
    return to == null
        ? jdbc.queryForObject(
            "SELECT COUNT(*) FROM ACT_RU_TASK WHERE " + where, Long.class, Timestamp.from(from))
        : jdbc.queryForObject(
            "SELECT COUNT(*) FROM ACT_RU_TASK WHERE " + where,
            Long.class,
            Timestamp.from(from),
            Timestamp.from(to));
  }

  private static void measure(String what, Callable<Integer> scan) throws Exception {
    long start = System.nanoTime();
    int mails = scan.call();
    System.out.printf("%-44s %10.0f %8d%n", what, (System.nanoTime() - start) / 1e6, mails);
  }
}
