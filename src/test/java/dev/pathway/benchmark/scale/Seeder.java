package dev.pathway.benchmark.scale;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.phase.PhaseModel;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.support.RestClient;
import dev.pathway.support.StartUpAnswers;
import dev.pathway.support.StartUpAnswers.Step;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Brings implementations to Phase 1 over REST, as their role holders would in Tasklist: top
 * management submits the start form, the project team and top management complete Annex A a) to h)
 * with valid answers, and the project team confirms the Phase 1 plan, so each implementation waits
 * with its Table B.1 activity tasks open.
 */
final class Seeder {

  private final List<String> baseUrls;
  private final List<Step> steps;
  private final int threads;
  private final List<Long> nanosPerImplementation = Collections.synchronizedList(new ArrayList<>());
  private final List<Long> nanosPerPlanAdjustment = Collections.synchronizedList(new ArrayList<>());

  Seeder(List<String> baseUrls, Catalogue catalogue, int threads) {
    this.baseUrls = baseUrls;
    this.threads = threads;
    List<Step> annexA = new ArrayList<>(StartUpAnswers.annexA(catalogue, Map.of()));
    annexA.add(
        new Step(
            "paul",
            PhaseModel.PLAN_ADJUSTMENT_TASK,
            Map.of(
                PhaseModel.PLAN_ADJUSTMENT_NOTES.name(),
                "Plan confirmed by the project team",
                PhaseModel.PLAN_CONFIRMED.name(),
                true)));
    this.steps = List.copyOf(annexA);
  }

  /**
   * Seeds implementations number {@code from} to {@code to - 1}, in parallel; fails on the first
   * refusal.
   */
  void seed(int from, int to, String runId) throws InterruptedException {
    int count = to - from;
    if (count <= 0) {
      return;
    }
    System.out.printf(
        "Seeding %d implementations (%d to %d) with %d threads…%n", count, from, to - 1, threads);
    long started = System.nanoTime();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ThreadLocal<HttpClient> http = ThreadLocal.withInitial(RestCall::newHttpClient);
    try {
      List<Future<?>> seeds = new ArrayList<>();
      for (int number = from; number < to; number++) {
        String base = baseUrls.get(number % baseUrls.size());
        String businessKey = "scale-" + runId + "-" + number;
        seeds.add(
            pool.submit(
                () -> {
                  seedOne(http.get(), base, businessKey);
                  progress(done.incrementAndGet(), count, started);
                  return null;
                }));
      }
      for (Future<?> seed : seeds) {
        try {
          seed.get();
        } catch (ExecutionException e) {
          throw new IllegalStateException(
              "Seeding failed: " + e.getCause().getMessage(), e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void progress(int done, int count, long started) {
    if (done % Math.max(1, Math.min(25, count / 10)) == 0 || done == count) {
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          "  seeded %d/%d in %.0f s (%.2f implementations/s, about %.0f s left)%n",
          done, count, seconds, done / seconds, (count - done) * seconds / done);
    }
  }

  private void seedOne(HttpClient http, String base, String businessKey) {
    long started = System.nanoTime();
    RestCall tina = new RestCall(http, base, "tina");
    RestCall.Reply start =
        tina.post(
            "/engine-rest/process-definition/key/" + ProgrammeModel.KEY + "/submit-form",
            Map.of(
                "businessKey", businessKey, "variables", RestClient.typed(StartUpAnswers.start())),
            RestCall.JSON_TYPE);
    if (!start.ok()) {
      throw start.failure("start form of " + businessKey);
    }
    for (Step step : steps) {
      RestCall user = new RestCall(http, base, step.user());
      String taskId = openTask(user, businessKey, step.taskDefinitionKey());
      long submitted = System.nanoTime();
      RestCall.Reply reply =
          user.post(
              "/engine-rest/task/" + taskId + "/submit-form",
              Map.of("variables", RestClient.typed(step.values())),
              RestCall.JSON_TYPE);
      if (!reply.ok()) {
        throw reply.failure(step.taskDefinitionKey() + " of " + businessKey + " as " + step.user());
      }
      if (step.taskDefinitionKey().equals(PhaseModel.PLAN_ADJUSTMENT_TASK)) {
        nanosPerPlanAdjustment.add(System.nanoTime() - submitted);
      }
    }
    nanosPerImplementation.add(System.nanoTime() - started);
  }

  private static String openTask(RestCall user, String businessKey, String taskDefinitionKey) {
    RestCall.Reply reply =
        user.get(
            "/engine-rest/task?processInstanceBusinessKey="
                + URLEncoder.encode(businessKey, StandardCharsets.UTF_8)
                + "&taskDefinitionKey="
                + taskDefinitionKey,
            RestCall.JSON_TYPE);
    if (!reply.ok()) {
      throw reply.failure("task query for " + taskDefinitionKey + " of " + businessKey);
    }
    JsonNode tasks = reply.json();
    if (tasks.size() != 1) {
      throw new IllegalStateException(
          user.user()
              + " sees "
              + tasks.size()
              + " open tasks '"
              + taskDefinitionKey
              + "' of "
              + businessKey
              + ", expected one");
    }
    return tasks.get(0).path("id").asText();
  }

  /**
   * Wall time of seeding one implementation (start form to confirmed Phase 1 plan), per
   * implementation.
   */
  List<Long> nanosPerImplementation() {
    return List.copyOf(nanosPerImplementation);
  }

  /** The Phase 1 plan adjustment's submit-form alone: it creates the phase's activity tasks. */
  List<Long> nanosPerPlanAdjustment() {
    return List.copyOf(nanosPerPlanAdjustment);
  }
}
