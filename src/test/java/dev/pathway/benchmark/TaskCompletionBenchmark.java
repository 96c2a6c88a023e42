package dev.pathway.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.phase.Outcome;
import dev.pathway.support.Implementation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The REST round trip of completing a Pathway activity task (form check, record in the same
 * transaction, the phase model's multi-instance) beside that of a bare Camunda user task in the
 * same engine, both through {@code POST /engine-rest/task/{id}/submit-form} with the same three
 * values, alternating one of each.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark -DskipTests verify} (H2 in memory), or with {@code
 * -Dbenchmark.datasource.url=jdbc:postgresql://...} and {@code
 * -Dbenchmark.datasource.username=...}.
 */
public final class TaskCompletionBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int WARM_UP_PAIRS = 40;

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final ProcessEngine engine;

  private TaskCompletionBenchmark(String base, ProcessEngine engine) {
    this.base = base;
    this.engine = engine;
  }

  public static void main(String[] args) throws Exception {
    String url = BenchmarkApplication.url("benchmark");
    try (ConfigurableApplicationContext app =
        BenchmarkApplication.start(url, "--logging.level.org.camunda=WARN")) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      new TaskCompletionBenchmark("http://localhost:" + port, engine)
          .run(app.getBean(Catalogue.class), url);
    }
  }

  private void run(Catalogue catalogue, String url) throws Exception {
    deployBareUserTask();
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    List<Long> pathway = new ArrayList<>();
    List<Long> bare = new ArrayList<>();
    int pairs = 0;
    for (int phase = 1; phase <= 3; phase++) {
      implementation.adjustPlan();
      for (Task task : implementation.activityTasks()) {
        String member = implementation.memberOf(implementation.candidateGroups(task));
        long pathwayNanos = submit(member, task.getId(), Implementation.answer(Outcome.ACHIEVED));
        long bareNanos = submit("ivan", startBareTask(), Implementation.answer(Outcome.ACHIEVED));
        if (pairs++ >= WARM_UP_PAIRS) {
          pathway.add(pathwayNanos);
          bare.add(bareNanos);
        }
      }
      if (phase == 3) {
        implementation.closePhase3();
      }
      implementation.analyse();
      implementation.passGate();
    }
    report(url, pathway, bare);
  }

  private void deployBareUserTask() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("bare-user-task")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("work")
            .camundaCandidateGroups("incident-management")
            .endEvent()
            .done();
    engine
        .getRepositoryService()
        .createDeployment()
        .name("benchmark")
        .addModelInstance("bare-user-task.bpmn", model)
        .deploy();
  }

  private String startBareTask() {
    String instance =
        engine.getRuntimeService().startProcessInstanceByKey("bare-user-task").getId();
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance)
        .singleResult()
        .getId();
  }

  private long submit(String user, String taskId, Map<String, Object> values) throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/engine-rest/task/" + taskId + "/submit-form"))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    JSON.writeValueAsString(Map.of("variables", variables))))
            .build();
    long start = System.nanoTime();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    long elapsed = System.nanoTime() - start;
    if (response.statusCode() != 204) {
      throw new IllegalStateException(
          "submit-form answered " + response.statusCode() + ": " + response.body());
    }
    return elapsed;
  }

  private static void report(String url, List<Long> pathway, List<Long> bare) {
    System.out.println();
    System.out.println(
        "Task completion over REST (POST /engine-rest/task/{id}/submit-form), database " + url);
    System.out.printf("%-34s %6s %10s %10s %10s%n", "", "n", "median ms", "p95 ms", "mean ms");
    line("Pathway activity task (Table B.1)", pathway);
    line("bare Camunda user task", bare);
    System.out.printf(
        "ratio of medians (Pathway / bare): %.2f   (target: at most 1.30)%n",
        percentile(pathway, 50) / percentile(bare, 50));
    System.out.printf("ratio of means   (Pathway / bare): %.2f%n", mean(pathway) / mean(bare));
  }

  private static void line(String name, List<Long> nanos) {
    System.out.printf(
        "%-34s %6d %10.2f %10.2f %10.2f%n",
        name, nanos.size(), percentile(nanos, 50), percentile(nanos, 95), mean(nanos));
  }

  private static double percentile(List<Long> nanos, int percentile) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100)) / 1e6;
  }

  private static double mean(List<Long> nanos) {
    return nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
  }
}
