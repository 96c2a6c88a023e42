package dev.pathway.cluster;

import static dev.pathway.support.Waits.await;
import static dev.pathway.support.Waits.pause;
import static dev.pathway.support.Waits.seconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.audit.AuditModel;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.catalogue.CatalogueLoader;
import dev.pathway.improvement.ContinualImprovementModel;
import dev.pathway.improvement.CycleKind;
import dev.pathway.phase.Outcome;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.support.ClusterSchema;
import dev.pathway.support.Implementation;
import dev.pathway.support.OverRest;
import dev.pathway.support.OverRest.Work;
import dev.pathway.support.PathwayNode;
import dev.pathway.support.RestClient;
import dev.pathway.support.StartUpAnswers;
import java.io.InputStream;
import java.net.ConnectException;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.ResourceAccessException;

/**
 * Two Pathway nodes on one PostgreSQL database, Camunda's own cluster model: the nodes share the
 * database (runtime, history, jobs, Pathway's {@code pw_*} tables, identities, deployments), each
 * runs its own job executor, and nothing else coordinates them. Each node is a JVM of its own,
 * started as {@code java -cp … dev.pathway.app.PathwayApplication} on a fresh schema; the second
 * starts once the first has created the schema. PostgreSQL only: skipped without {@code
 * PATHWAY_TEST_POSTGRES_URL}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesApplicationTest {

  private static final String SKIPPED = ClusterSchema.skipped("two nodes share one database");
  private static final String ADMIN = "demo";
  private static final int CONTINUAL_IMPROVEMENTS_IN_THE_RACE = 6;
  private static final int WORKERS = 8;
  private static final Map<CycleKind, String> CYCLE_TASKS =
      Map.of(
          CycleKind.MONITORING, ContinualImprovementModel.MONITORING_TASK,
          CycleKind.INTERNAL_AUDIT, AuditModel.AUDIT_TASK,
          CycleKind.MANAGEMENT_REVIEW, ContinualImprovementModel.MANAGEMENT_REVIEW_TASK);

  private ClusterSchema schema;
  private PathwayNode a;
  private PathwayNode b;
  private Catalogue catalogue;
  private long deploymentsOfTheFirstNode;
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger conflicts = new AtomicInteger();

  @BeforeAll
  void startTwoNodesOnOneDatabase() throws Exception {
    Optional<ClusterSchema> created = ClusterSchema.createFromEnvironment();
    if (created.isEmpty()) {
      log("SKIPPED: %s", SKIPPED);
      return;
    }
    schema = created.get();
    try (InputStream in = getClass().getResourceAsStream("/pathway/standard/tr-20000-5.yaml")) {
      catalogue = CatalogueLoader.load(in, "tr-20000-5.yaml");
    }
    a = new PathwayNode("node-a", schema);
    b = new PathwayNode("node-b", schema);
    log("schema %s; node-a up in %s (creates the schema)", schema.name(), seconds(a.start()));
    deploymentsOfTheFirstNode = count(a, "/engine-rest/deployment/count");
    log(
        "node-b up in %s; deployments: %d after node-a, %d after node-b",
        seconds(b.start()), deploymentsOfTheFirstNode, count(b, "/engine-rest/deployment/count"));
  }

  /** Each test says why it is skipped (an assumption in {@code @BeforeAll} would not say it). */
  @BeforeEach
  void onPostgreSql() {
    assumeTrue(schema != null, SKIPPED);
  }

  @AfterAll
  void stopTheNodes() {
    for (PathwayNode node : new PathwayNode[] {a, b}) {
      if (node != null) {
        node.close();
      }
    }
    if (schema != null) {
      schema.close();
    }
  }

  @Test
  @Order(1)
  void whatOneNodeWritesTheOtherReads() {
    assertThat(count(b, "/engine-rest/deployment/count"))
        .as("the second node deployed the same resources: duplicate filtering kept one deployment")
        .isEqualTo(deploymentsOfTheFirstNode);
    assertThat(count(b, "/engine-rest/process-definition/count?key=" + ProgrammeModel.KEY))
        .isEqualTo(1);

    String key = "cluster-read-" + System.nanoTime();
    ResponseEntity<String> started =
        a.as("tina").submitStartForm(ProgrammeModel.KEY, key, StartUpAnswers.start());
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String implementationId = RestClient.json(started.getBody()).path("id").asText();

    PathwayNode[] nodes = {a, b};
    int step = 0;
    for (StartUpAnswers.Step item : StartUpAnswers.annexA(catalogue, Map.of())) {
      PathwayNode writer = nodes[step % 2];
      PathwayNode reader = nodes[(step + 1) % 2];
      String taskId =
          OverRest.onlyTask(writer.as(item.user()), key, item.taskDefinitionKey())
              .path("id")
              .asText();
      assertThat(
              OverRest.onlyTask(reader.as(item.user()), key, item.taskDefinitionKey())
                  .path("id")
                  .asText())
          .as("%s sees the task the other node created", reader.name())
          .isEqualTo(taskId);
      assertThat(writer.as(item.user()).submitTaskForm(taskId, item.values()).getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(reader.as(item.user()).get("/engine-rest/task/" + taskId).getStatusCode())
          .as("completed on %s, gone on %s", writer.name(), reader.name())
          .isEqualTo(HttpStatus.NOT_FOUND);
      step++;
    }

    on(a).adjustPlan(key);
    List<Work> activities = on(b).activityTasks(key);
    assertThat(activities)
        .as("node-b lists the Phase 1 activities node-a's plan created")
        .hasSize(catalogue.activitiesOf(1).size());
    on(a).complete(activities.get(0));
    JsonNode phase1 = phase1(b, implementationId);
    assertThat(phase1.path("planned").asInt()).isEqualTo(activities.size());
    assertThat(phase1.path("recorded").asInt())
        .as("node-b's progress counts the record node-a wrote")
        .isEqualTo(1);
    on(b).complete(activities.get(1));
    assertThat(phase1(a, implementationId).path("recorded").asInt())
        .as("and node-a counts node-b's")
        .isEqualTo(2);
    assertThat(
            schema.strings(
                "SELECT completed_by FROM pw_activity_record WHERE implementation_id = ?"
                    + " ORDER BY completed_at",
                implementationId))
        .containsExactly(activities.get(0).user(), activities.get(1).user());
  }

  @Test
  @Order(2)
  void eachDueCycleStartsExactlyOnceWhileBothJobExecutorsRun() {
    PathwayNode[] nodes = {a, b};
    List<Improvement> improvements = new ArrayList<>();
    for (int i = 0; i < CONTINUAL_IMPROVEMENTS_IN_THE_RACE; i++) {
      improvements.add(
          startContinualImprovement(nodes[i % 2], nodes[(i + 1) % 2], "cluster-cycles-" + i));
    }
    List<String> instances = improvements.stream().map(Improvement::id).toList();
    List<String> timers = new ArrayList<>();
    for (String instance : instances) {
      assertThat(cycleTasks(a, instance)).as("no cycle before its timer fires").isEmpty();
      timers.addAll(timerJobs(a, instance));
    }
    assertThat(timers).hasSize(CONTINUAL_IMPROVEMENTS_IN_THE_RACE * CycleKind.values().length);

    // due one after the other, 200 ms apart: each job executor, polling every second or two, finds
    // some due (a job executor that finds due jobs takes them all, up to its pool's capacity)
    long first = System.currentTimeMillis() + 3000;
    for (int i = 0; i < timers.size(); i++) {
      makeDue(nodes[i % 2], timers.get(i), new Date(first + 200L * i));
    }
    pause(Math.max(0, first - System.currentTimeMillis()));
    long due = System.nanoTime();
    await(
        Duration.ofSeconds(90),
        "every due cycle started",
        () ->
            instances.stream()
                .allMatch(
                    instance ->
                        cycleTasks(b, instance).size() == CycleKind.values().length
                            && timerJobs(b, instance).isEmpty()));
    log(
        "%d timers made due (set on both nodes) over %s; all fired within %s of the first",
        timers.size(),
        seconds(Duration.ofMillis(200L * (timers.size() - 1))),
        seconds(Duration.ofNanos(System.nanoTime() - due)));

    for (Improvement improvement : improvements) {
      String instance = improvement.id();
      Map<String, List<JsonNode>> byTask =
          cycleTasks(a, instance).stream()
              .collect(Collectors.groupingBy(task -> task.path("taskDefinitionKey").asText()));
      for (CycleKind kind : CycleKind.values()) {
        assertThat(byTask.get(CYCLE_TASKS.get(kind)))
            .as("%s of %s", kind.id(), instance)
            .singleElement()
            .satisfies(
                task ->
                    assertThat(task.path("name").asText()).startsWith(kind.title() + ", cycle 1 "));
        assertThat(
                count(
                    a,
                    "/engine-rest/history/activity-instance/count?processInstanceId="
                        + instance
                        + "&activityId="
                        + kind.timerId()))
            .as("the timer %s of %s was passed once", kind.timerId(), instance)
            .isEqualTo(1);
      }
      assertThat(
              schema.strings(
                  "SELECT kind || ':' || cycle FROM pw_improvement_cycle"
                      + " WHERE implementation_id = ?",
                  improvement.implementationId()))
          .as("Pathway recorded each cycle once")
          .containsExactlyInAnyOrderElementsOf(
              List.of(CycleKind.values()).stream().map(kind -> kind.id() + ":1").toList());
    }
    Map<String, Integer> firedBy = firedBy(b, timers);
    log(
        "each timer executed successfully once; by node: %s; failed attempts retried: %d",
        firedBy, failedAttempts(b, timers));
    assertThat(firedBy.keySet()).isSubsetOf(a.hostname(), b.hostname());
  }

  @Test
  @Order(3)
  void killingANodeMidRunLosesNoCompletedWorkAndTheRestartedNodeResumes() throws Exception {
    List<String> implementations = new ArrayList<>();
    List<Work> work = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String key = "cluster-kill-" + i + "-" + System.nanoTime();
      implementations.add(on(b).enterPhase1(key));
      work.addAll(on(b).activityTasks(key));
    }
    String cyclesDuringTheOutage = startContinualImprovement(b, b, "cluster-outage").id();
    String cyclesAfterTheRestart = startContinualImprovement(b, b, "cluster-restart").id();

    // in no particular order: the workers on both nodes take turns on both implementations
    Collections.shuffle(work);
    Queue<Work> queue = new ConcurrentLinkedQueue<>(work);
    Map<String, Answer> answers = new ConcurrentHashMap<>();
    ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
    long start = System.nanoTime();
    long killed;
    int doneAtTheKill;
    List<String> outageTimers;
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < WORKERS; i++) {
        PathwayNode node = i % 2 == 0 ? a : b;
        running.add(workers.submit(() -> work(node, queue, answers)));
      }
      await(
          Duration.ofSeconds(120), "a third of the work done", () -> done.get() >= work.size() / 3);
      a.kill();
      killed = System.nanoTime();
      doneAtTheKill = done.get();
      // due while node-a is down: node-b's job executor alone can start these cycles
      outageTimers = timerJobs(b, cyclesDuringTheOutage);
      outageTimers.forEach(timer -> makeDue(b, timer));
      for (Future<?> worker : running) {
        worker.get(180, TimeUnit.SECONDS);
      }
    } finally {
      workers.shutdownNow();
    }
    long finished = System.nanoTime();

    Map<Kind, Long> byKind =
        answers.values().stream()
            .collect(Collectors.groupingBy(Answer::kind, Collectors.counting()));
    long byBAfterTheKill =
        answers.values().stream()
            .filter(answer -> answer.kind().answered204())
            .filter(answer -> answer.node().equals(b.name()) && answer.at() > killed)
            .count();
    Map<String, Long> noContentByNode =
        answers.values().stream()
            .filter(answer -> answer.kind().answered204())
            .collect(Collectors.groupingBy(Answer::node, TreeMap::new, Collectors.counting()));
    log(
        "%d activity tasks, %d workers on both nodes; node-a killed (SIGKILL) after %d in %s;"
            + " all done after %s; answers: %s; 204 by node: %s; node-b completed %d after the kill;"
            + " completions refused for a concurrent change and sent again: %d",
        work.size(),
        WORKERS,
        doneAtTheKill,
        seconds(Duration.ofNanos(killed - start)),
        seconds(Duration.ofNanos(finished - start)),
        new TreeMap<>(byKind),
        noContentByNode,
        byBAfterTheKill,
        conflicts.get());
    assertThat(answers).hasSize(work.size());
    assertThat(answers.values())
        .as("every request answered 204, or lost or refused with node-a and settled")
        .noneMatch(answer -> answer.kind() == Kind.OTHER);
    assertThat(byBAfterTheKill).as("node-b carried on serving").isPositive();

    Set<String> ids = work.stream().map(Work::taskId).collect(Collectors.toSet());
    Set<String> completed = schema.completedTasks(implementations);
    Set<String> recorded = schema.recordedTasks(implementations);
    Set<String> answered204 =
        answers.entrySet().stream()
            .filter(entry -> entry.getValue().kind().answered204())
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    assertThat(completed).as("every 204 is a completed task").containsAll(answered204);
    assertThat(recorded).as("every 204 has its activity record").containsAll(answered204);
    assertThat(completed).as("in the end every task is completed").containsAll(ids);
    assertThat(recorded).as("a record for each completed task, and none without").isEqualTo(ids);
    assertThat(schema.strings("SELECT id_ FROM act_ru_task").stream().filter(ids::contains))
        .as("no task still open")
        .isEmpty();
    assertThat(schema.tasksCompletedYetOpen())
        .as("no task both completed in the history and still open")
        .isZero();
    assertThat(schema.recordsWithoutACompletedTask())
        .as("no record without a completed task")
        .isZero();
    for (String implementation : implementations) {
      JsonNode phase1 = phase1(b, implementation);
      assertThat(phase1.path("recorded").asInt()).isEqualTo(phase1.path("planned").asInt());
    }

    await(
        Duration.ofSeconds(60),
        "node-b's job executor started the cycles that fell due while node-a was down",
        () -> cycleTasks(b, cyclesDuringTheOutage).size() == CycleKind.values().length);
    assertThat(firedBy(b, outageTimers)).containsOnlyKeys(b.hostname());

    log("node-a restarted in %s", seconds(a.start()));
    for (String implementation : implementations) {
      assertThat(phase1(a, implementation).path("recorded").asInt())
          .as("the restarted node reads what node-b wrote while it was down")
          .isEqualTo(phase1(b, implementation).path("recorded").asInt());
    }
    b.stop();
    List<String> restartTimers = timerJobs(a, cyclesAfterTheRestart);
    restartTimers.forEach(timer -> makeDue(a, timer));
    await(
        Duration.ofSeconds(60),
        "the restarted node's job executor started the due cycles",
        () -> cycleTasks(a, cyclesAfterTheRestart).size() == CycleKind.values().length);
    assertThat(firedBy(a, restartTimers)).containsOnlyKeys(a.hostname());
    log("node-b stopped; the restarted node-a fired %d due timers", restartTimers.size());
  }

  // ---- the work of the kill test

  private enum Kind {
    /** 204 from the node asked. */
    NO_CONTENT,
    /** Lost with node-a; node-b no longer had the task: node-a had committed it. */
    LOST_BUT_COMMITTED,
    /** Lost with node-a; node-b still had the task (rolled back) and completed it: 204. */
    LOST_AND_REDONE,
    /** Refused: node-a was down; node-b completed it: 204. */
    REFUSED_AND_MOVED,
    /** Anything else: a failure of the test. */
    OTHER;

    boolean answered204() {
      return this == NO_CONTENT || this == LOST_AND_REDONE || this == REFUSED_AND_MOVED;
    }
  }

  private record Answer(Kind kind, String node, long at, String detail) {}

  /**
   * Completes tasks from the queue on the preferred node until it fails, then on node-b. A
   * completion refused for a concurrent change (409) changed nothing and is sent again, as a user
   * would.
   */
  private void work(PathwayNode preferred, Queue<Work> queue, Map<String, Answer> answers) {
    PathwayNode node = preferred;
    for (Work item = queue.poll(); item != null; item = queue.poll()) {
      Kind onSuccess = Kind.NO_CONTENT;
      Answer answer = null;
      while (answer == null) {
        ResponseEntity<String> response;
        try {
          response =
              node.as(item.user())
                  .submitTaskForm(item.taskId(), Implementation.answer(Outcome.ACHIEVED));
        } catch (ResourceAccessException lost) {
          if (node == b) {
            throw lost;
          }
          node = b;
          if (lost.getCause() instanceof ConnectException) {
            // node-a was down before the request: node-b takes it
            onSuccess = Kind.REFUSED_AND_MOVED;
          } else if (gone(item)) {
            // node-a died under the request, after its transaction committed
            answer = new Answer(Kind.LOST_BUT_COMMITTED, a.name(), System.nanoTime(), "");
          } else {
            // node-a died under the request, its transaction rolled back: node-b does it
            onSuccess = Kind.LOST_AND_REDONE;
          }
          continue;
        }
        if (response.getStatusCode() == HttpStatus.NO_CONTENT) {
          answer = new Answer(onSuccess, node.name(), System.nanoTime(), "");
        } else if (concurrentChange(response)) {
          if (onSuccess == Kind.LOST_AND_REDONE && gone(item)) {
            // node-a's commit landed while node-b looked
            answer = new Answer(Kind.LOST_BUT_COMMITTED, a.name(), System.nanoTime(), "");
          } else {
            conflicts.incrementAndGet();
            pause(ThreadLocalRandom.current().nextInt(10, 60));
          }
        } else {
          answer =
              new Answer(
                  Kind.OTHER,
                  node.name(),
                  System.nanoTime(),
                  response.getStatusCode() + " " + response.getBody());
        }
      }
      answers.put(item.taskId(), answer);
      done.incrementAndGet();
    }
  }

  /** 409: a concurrent change that Pathway's own retries did not get through; nothing written. */
  private static boolean concurrentChange(ResponseEntity<String> response) {
    return response.getStatusCode() == HttpStatus.CONFLICT;
  }

  private boolean gone(Work item) {
    return b.as(item.user()).get("/engine-rest/task/" + item.taskId()).getStatusCode()
        == HttpStatus.NOT_FOUND;
  }

  // ---- driving the processes over REST

  private OverRest on(PathwayNode node) {
    return new OverRest(node::as, catalogue);
  }

  private static JsonNode phase1(PathwayNode node, String implementationId) {
    return node.as("bea")
        .getJson("/api/implementations/" + implementationId + "/progress")
        .path("phases")
        .get(0);
  }

  private record Improvement(String id, String implementationId) {}

  /**
   * Continual improvement started directly by the administrator (as the programme's hand-over
   * does), its governance task completed by top management on the other node.
   */
  private static Improvement startContinualImprovement(
      PathwayNode starter, PathwayNode governor, String name) {
    String key = name + "-" + System.nanoTime();
    ResponseEntity<String> started =
        starter
            .as(ADMIN)
            .startProcess(
                ContinualImprovementModel.KEY,
                key,
                Map.of(
                    ProgrammeModel.IMPLEMENTATION_ID.name(),
                    key,
                    ProgrammeModel.SERVICE_PROVIDER.name(),
                    "Northwind IT Services",
                    ProgrammeModel.SCOPE_STATEMENT.name(),
                    "Managed workplace and hosting services"));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String taskId =
        OverRest.onlyTask(
                governor.as("tina"), key, ContinualImprovementModel.CONTINUING_GOVERNANCE_TASK)
            .path("id")
            .asText();
    assertThat(
            governor
                .as("tina")
                .submitTaskForm(
                    taskId,
                    Map.of(
                        ContinualImprovementModel.ACCOUNTABLE_SENIOR_MANAGER.name(),
                        "tina",
                        ContinualImprovementModel.GOVERNANCE_GROUP_MEMBERS.name(),
                        "Process and service owners",
                        ContinualImprovementModel.MONITORING_INTERVAL.name(),
                        "P1M",
                        ContinualImprovementModel.INTERNAL_AUDIT_INTERVAL.name(),
                        "P6M",
                        ContinualImprovementModel.MANAGEMENT_REVIEW_INTERVAL.name(),
                        "P1Y"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    return new Improvement(RestClient.json(started.getBody()).path("id").asText(), key);
  }

  /** The cycles' tasks: of the instance itself, and of the internal audits it called. */
  private static List<JsonNode> cycleTasks(PathwayNode node, String instance) {
    List<String> scopes = new ArrayList<>(List.of(instance));
    node.as(ADMIN)
        .getJson("/engine-rest/process-instance?superProcessInstance=" + instance)
        .forEach(called -> scopes.add(called.path("id").asText()));
    List<JsonNode> tasks = new ArrayList<>();
    for (String scope : scopes) {
      node.as(ADMIN)
          .tasks("processInstanceId=" + scope)
          .forEach(
              task -> {
                if (CYCLE_TASKS.containsValue(task.path("taskDefinitionKey").asText())) {
                  tasks.add(task);
                }
              });
    }
    return tasks;
  }

  private static List<String> timerJobs(PathwayNode node, String instance) {
    List<String> ids = new ArrayList<>();
    node.as(ADMIN)
        .getJson("/engine-rest/job?timers=true&processInstanceId=" + instance)
        .forEach(job -> ids.add(job.path("id").asText()));
    return ids;
  }

  /** Moves a timer's due date to now: the engine REST API's "set due date" (Cockpit's too). */
  private static void makeDue(PathwayNode node, String jobId) {
    makeDue(node, jobId, new Date());
  }

  private static void makeDue(PathwayNode node, String jobId, Date dueAt) {
    String due = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(dueAt);
    assertThat(
            node.as(ADMIN)
                .put("/engine-rest/job/" + jobId + "/duedate", Map.of("duedate", due))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  /**
   * Which node executed each job, from the job log: exactly one successful execution per job;
   * counted per node.
   */
  private static Map<String, Integer> firedBy(PathwayNode node, List<String> jobIds) {
    Map<String, Integer> byNode = new TreeMap<>();
    for (String jobId : jobIds) {
      JsonNode successes =
          node.as(ADMIN).getJson("/engine-rest/history/job-log?successLog=true&jobId=" + jobId);
      assertThat(successes).as("successful executions of job %s", jobId).hasSize(1);
      byNode.merge(successes.get(0).path("hostname").asText(), 1, Integer::sum);
    }
    return byNode;
  }

  private static long failedAttempts(PathwayNode node, List<String> jobIds) {
    long failures = 0;
    for (String jobId : jobIds) {
      failures += count(node, "/engine-rest/history/job-log/count?failureLog=true&jobId=" + jobId);
    }
    return failures;
  }

  private static long count(PathwayNode node, String path) {
    return node.as(ADMIN).getJson(path).path("count").asLong();
  }

  private static void log(String format, Object... arguments) {
    System.out.printf("[two nodes] " + format + "%n", arguments);
  }
}
