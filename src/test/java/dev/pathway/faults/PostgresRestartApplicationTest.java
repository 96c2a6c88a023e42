package dev.pathway.faults;

import static dev.pathway.support.Waits.await;
import static dev.pathway.support.Waits.pause;
import static dev.pathway.support.Waits.seconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.catalogue.CatalogueLoader;
import dev.pathway.phase.Outcome;
import dev.pathway.support.ClusterSchema;
import dev.pathway.support.Implementation;
import dev.pathway.support.OverRest;
import dev.pathway.support.OverRest.Work;
import dev.pathway.support.PathwayNode;
import dev.pathway.support.PrivatePostgres;
import dev.pathway.support.RestClient;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * PostgreSQL restarted while role holders work: Pathway in a JVM of its own on a PostgreSQL server
 * of the test's own ({@link PrivatePostgres}, never the shared one on port 5432), which the test
 * stops with {@code pg_ctl stop -m immediate} in the middle of a run of completions and starts
 * again. While it is down every request is answered 503 with a clear message; after its start
 * Pathway serves again by itself within 30 s; and every completion answered 204 is recorded, none
 * half-written. Runs with the PostgreSQL suite: skipped, saying why, without {@code
 * PATHWAY_TEST_POSTGRES_URL}; fails, naming what to install, when the PostgreSQL server binaries
 * are missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRestartApplicationTest {

  private static final String SKIPPED = ClusterSchema.skipped("runs with the PostgreSQL suite");
  private static final Duration RECOVERY = Duration.ofSeconds(30);
  private static final int WORKERS = 4;

  private PrivatePostgres postgres;
  private ClusterSchema schema;
  private PathwayNode node;
  private Catalogue catalogue;
  private final AtomicInteger done = new AtomicInteger();
  private final Map<String, String> refusalsWhileDown = new ConcurrentHashMap<>();
  private final List<String> unexpected = new ArrayList<>();

  @BeforeAll
  void startPathwayOnAPostgreSqlOfItsOwn() throws Exception {
    String suite = System.getenv(ClusterSchema.URL_VARIABLE);
    if (suite == null || suite.isBlank()) {
      log("SKIPPED: %s", SKIPPED);
      return;
    }
    try (InputStream in = getClass().getResourceAsStream("/pathway/standard/tr-20000-5.yaml")) {
      catalogue = CatalogueLoader.load(in, "tr-20000-5.yaml");
    }
    // under the system's temporary directory, which the postgres user can reach wherever the
    // checkout
    // lies (a clone under a private directory is not readable by it)
    postgres =
        PrivatePostgres.start(
            Path.of(System.getProperty("java.io.tmpdir"), "pathway-postgres-restart"));
    schema = ClusterSchema.create(postgres.url("postgres"), postgres.user(), "");
    node = new PathwayNode("postgres-restart", schema);
    log("PostgreSQL on port %d; Pathway up in %s", postgres.port(), seconds(node.start()));
  }

  @BeforeEach
  void onPostgreSql() {
    assumeTrue(postgres != null, SKIPPED);
  }

  @AfterAll
  void stopEverything() {
    if (node != null) {
      node.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void whileTheDatabaseIsDownRequestsGet503AndAfterItsRestartPathwayRecoversWithNothingLost()
      throws Exception {
    OverRest rest = new OverRest(node::as, catalogue);
    String key = "postgres-restart-" + System.nanoTime();
    String implementation = rest.enterPhase1(key);
    List<Work> work = rest.activityTasks(key);
    Queue<Work> queue = new ConcurrentLinkedQueue<>(work);
    Map<String, Answer> answers = new ConcurrentHashMap<>();

    ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
    long stopped;
    long started;
    long recovered;
    List<Probe> probes;
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < WORKERS; i++) {
        running.add(workers.submit(() -> work(queue, answers)));
      }
      await(
          Duration.ofSeconds(180),
          "a quarter of the work done",
          () -> done.get() >= work.size() / 4);
      postgres.stopImmediately();
      stopped = System.nanoTime();
      int doneBeforeTheStop = done.get();
      log(
          "PostgreSQL stopped (immediate) after %d of %d completions",
          doneBeforeTheStop, work.size());

      Work waiting = queue.peek();
      probes =
          List.of(
              probe(
                  "the task list",
                  () -> node.as("ivan").get("/engine-rest/task?processInstanceBusinessKey=" + key)),
              probe(
                  "a completion",
                  () ->
                      node.as(waiting.user())
                          .submitTaskForm(
                              waiting.taskId(), Implementation.answer(Outcome.ACHIEVED))),
              probe(
                  "Pathway's progress report",
                  () -> node.as("bea").get("/api/implementations/" + implementation + "/progress")),
              probe("the engine listing", () -> node.as("demo").get("/engine-rest/engine")));

      postgres.start();
      started = System.nanoTime();
      await(RECOVERY.plusSeconds(30), "Pathway serves again", this::serves);
      recovered = System.nanoTime();
      for (Future<?> worker : running) {
        worker.get(300, TimeUnit.SECONDS);
      }
    } finally {
      workers.shutdownNow();
    }
    log(
        "down for %s; the first request after the start was served %s after it; answers: %s;"
            + " refusals seen while down: %s",
        seconds(Duration.ofNanos(started - stopped)),
        seconds(Duration.ofNanos(recovered - started)),
        answers.values().stream()
            .collect(Collectors.groupingBy(answer -> answer, Collectors.counting())),
        refusalsWhileDown.size());

    for (Probe probe : probes) {
      assertThat(probe.status()).as("%s while the database is down", probe.what()).isEqualTo(503);
      assertThat(probe.message()).as(probe.what()).isEqualTo(Fault.DATABASE_DOWN);
      assertThat(probe.retryAfter()).as("%s: Retry-After", probe.what()).isNotNull();
      FaultTest.assertNoInternals(probe.body());
      assertThat(probe.took())
          .as("%s is answered without waiting for the database", probe.what())
          .isLessThan(Duration.ofSeconds(15));
    }
    assertThat(refusalsWhileDown)
        .as("the completions sent while the database was down were refused as the probes were")
        .isNotEmpty();
    refusalsWhileDown.values().forEach(FaultTest::assertNoInternals);
    assertThat(unexpected).as("answers other than 204, 503 and a 404 after a 503").isEmpty();
    assertThat(Duration.ofNanos(recovered - started))
        .as("Pathway serves again, unaided, within 30 s of the database's start")
        .isLessThan(RECOVERY);

    Set<String> ids = work.stream().map(Work::taskId).collect(Collectors.toSet());
    Set<String> answered204 =
        answers.entrySet().stream()
            .filter(entry -> entry.getValue() != Answer.COMMITTED_BEFORE_THE_CRASH)
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    Set<String> completed = schema.completedTasks(List.of(implementation));
    Set<String> recorded = schema.recordedTasks(List.of(implementation));
    assertThat(answers).as("every activity was answered").hasSize(work.size());
    assertThat(completed).as("every 204 is a completed task").containsAll(answered204);
    assertThat(recorded).as("every 204 has its activity record").containsAll(answered204);
    assertThat(recorded).as("a record for each activity, and none without").isEqualTo(ids);
    assertThat(completed).as("every activity completed").containsAll(ids);
    assertThat(schema.tasksCompletedYetOpen())
        .as("no task both completed in the history and still open")
        .isZero();
    assertThat(schema.recordsWithoutACompletedTask())
        .as("no record without a completed task")
        .isZero();
    JsonNode phase1 =
        node.as("bea")
            .getJson("/api/implementations/" + implementation + "/progress")
            .path("phases")
            .get(0);
    assertThat(phase1.path("recorded").asInt()).isEqualTo(phase1.path("planned").asInt());
  }

  /** How a role holder's completion ended. */
  private enum Answer {
    /** 204 at the first try. */
    NO_CONTENT,
    /** 503 while the database was down, sent again after it: 204. */
    REFUSED_THEN_DONE,
    /**
     * 503, sent again after it: 404, the task was completed. Only when the database stopped after
     * the transaction's commit and before its acknowledgement: the record must be there.
     */
    COMMITTED_BEFORE_THE_CRASH
  }

  /**
   * Completes activities from the queue as their role holders; a completion refused with 503 (or
   * 409) wrote nothing and is sent again after a short pause, as a person would.
   */
  private void work(Queue<Work> queue, Map<String, Answer> answers) {
    for (Work item = queue.poll(); item != null; item = queue.poll()) {
      boolean refused = false;
      Answer answer = null;
      while (answer == null) {
        ResponseEntity<String> response =
            node.as(item.user())
                .submitTaskForm(item.taskId(), Implementation.answer(Outcome.ACHIEVED));
        int status = response.getStatusCode().value();
        if (status == 204) {
          answer = refused ? Answer.REFUSED_THEN_DONE : Answer.NO_CONTENT;
        } else if (status == 503 && isDatabaseDown(response)) {
          refused = true;
          refusalsWhileDown.put(item.taskId(), response.getBody());
          pause(500);
        } else if (status == 409) {
          pause(50);
        } else if (status == 404 && refused) {
          answer = Answer.COMMITTED_BEFORE_THE_CRASH;
        } else {
          synchronized (unexpected) {
            unexpected.add(item.taskId() + ": " + status + " " + response.getBody());
          }
          answer = Answer.NO_CONTENT;
        }
      }
      answers.put(item.taskId(), answer);
      done.incrementAndGet();
    }
  }

  private static boolean isDatabaseDown(ResponseEntity<String> response) {
    return Fault.DATABASE_DOWN.equals(RestClient.json(response.getBody()).path("message").asText());
  }

  private record Probe(
      String what, int status, String message, String retryAfter, String body, Duration took) {}

  private static Probe probe(String what, Supplier<ResponseEntity<String>> request) {
    long start = System.nanoTime();
    ResponseEntity<String> response = request.get();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    String body = response.getBody() == null ? "" : response.getBody();
    log("while down, %s: %s in %s: %s", what, response.getStatusCode(), seconds(took), body);
    String message = body.startsWith("{") ? RestClient.json(body).path("message").asText() : body;
    return new Probe(
        what,
        response.getStatusCode().value(),
        message,
        response.getHeaders().getFirst("Retry-After"),
        body,
        took);
  }

  /** Whether an authenticated request that needs the database is served. */
  private boolean serves() {
    return node.as("ivan").get("/engine-rest/task/count").getStatusCode() == HttpStatus.OK;
  }

  private static void log(String format, Object... arguments) {
    System.out.printf("[postgres restart] " + format + "%n", arguments);
  }
}
