package dev.pathway.benchmark.scale;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.phase.Outcome;
import dev.pathway.phase.PhaseModel;
import dev.pathway.support.Implementation;
import dev.pathway.support.RestClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * One person working in Tasklist, without pause or pausing {@code -Dscale.think-ms} (± {@code
 * -Dscale.think-spread-ms}) before each submission: the filter "My groups' tasks" (first page,
 * newest first) and its count, open an activity task's form, record it as achieved with evidence,
 * and again, until the end. Timings of rounds started before the end of the warm-up are left out.
 *
 * <p>People who share a role do not all click the first task of the same list: client {@code i}
 * opens the task at position {@code i} of the page (modulo its length). Someone else may still
 * complete it first; that is counted as a failure by status, not hidden.
 */
final class TasklistClient implements Callable<Latencies> {

  static final String FILTER_NAME = "My groups' tasks";
  static final int PAGE_SIZE = 15;

  /**
   * The body Tasklist sends with a filter's list and count: no extra criteria, sorted by creation,
   * newest first.
   */
  static final Map<String, Object> TASKLIST_QUERY =
      Map.of(
          "processVariables",
          List.of(),
          "taskVariables",
          List.of(),
          "caseInstanceVariables",
          List.of(),
          "orQueries",
          List.of(),
          "sorting",
          List.of(Map.of("sortBy", "created", "sortOrder", "desc")));

  private static final Map<String, Object> ANSWER =
      Map.of("variables", RestClient.typed(Implementation.answer(Outcome.ACHIEVED)));

  private final RestCall rest;
  private final String engineApi;
  private final int position;
  private final int thinkMillis;
  private final int thinkSpreadMillis;
  private final long measureFromNanos;
  private final long endNanos;
  private final Latencies measured = new Latencies();
  private final Latencies warmUp = new Latencies();

  TasklistClient(
      RestCall rest,
      String engineApi,
      int position,
      int thinkMillis,
      int thinkSpreadMillis,
      long measureFromNanos,
      long endNanos) {
    this.rest = rest;
    this.engineApi = engineApi;
    this.position = position;
    this.thinkMillis = thinkMillis;
    this.thinkSpreadMillis = thinkSpreadMillis;
    this.measureFromNanos = measureFromNanos;
    this.endNanos = endNanos;
  }

  @Override
  public Latencies call() {
    String filter = engineApi + "/filter/" + filterId();
    while (System.nanoTime() < endNanos) {
      round(filter, System.nanoTime() >= measureFromNanos ? measured : warmUp);
    }
    return measured;
  }

  private void round(String filter, Latencies latencies) {
    RestCall.Reply list =
        timed(
            latencies,
            Operation.LIST,
            () ->
                rest.post(
                    filter + "/list?firstResult=0&maxResults=" + PAGE_SIZE,
                    TASKLIST_QUERY,
                    RestCall.HAL_TYPE));
    if (list == null) {
      return;
    }
    RestCall.Reply count =
        timed(
            latencies,
            Operation.COUNT,
            () -> rest.post(filter + "/count", TASKLIST_QUERY, RestCall.JSON_TYPE));
    if (count == null) {
      return;
    }
    latencies.visibleTasks(count.json().path("count").asLong());
    List<String> taskIds = activityTaskIds(list.json());
    if (taskIds.isEmpty()) {
      latencies.noTask();
      return;
    }
    String task = engineApi + "/task/" + taskIds.get(position % taskIds.size());
    Map<Operation, Supplier<RestCall.Reply>> opening =
        Map.of(
            Operation.TASK, () -> rest.get(task, RestCall.HAL_TYPE),
            Operation.FORM, () -> rest.get(task + "/form", RestCall.JSON_TYPE),
            Operation.DEPLOYED_FORM, () -> rest.get(task + "/deployed-form", RestCall.JSON_TYPE),
            Operation.FORM_VARIABLES,
                () ->
                    rest.get(task + "/form-variables?deserializeValues=false", RestCall.JSON_TYPE));
    long started = System.nanoTime();
    for (Operation request : Operation.OPENING) {
      if (timed(latencies, request, opening.get(request)) == null) {
        return; // counted by the failed request's status
      }
    }
    latencies.record(Operation.OPEN_FORM, System.nanoTime() - started);
    think();
    timed(
        latencies,
        Operation.COMPLETE,
        () -> rest.post(task + "/submit-form", ANSWER, RestCall.JSON_TYPE));
  }

  private void think() {
    if (thinkMillis > 0) {
      long pause =
          thinkMillis
              + ThreadLocalRandom.current().nextLong(-thinkSpreadMillis, thinkSpreadMillis + 1);
      try {
        Thread.sleep(Math.max(0, pause));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The reply when it succeeded, timed; null when it failed, counted by status. */
  private static RestCall.Reply timed(
      Latencies latencies, Operation operation, Supplier<RestCall.Reply> call) {
    long started = System.nanoTime();
    RestCall.Reply reply = call.get();
    if (reply.ok()) {
      latencies.record(operation, System.nanoTime() - started);
      return reply;
    }
    latencies.fail(operation, reply);
    return null;
  }

  /** The Table B.1 activity tasks of a list page, in its order (HAL: {@code _embedded.task}). */
  private static List<String> activityTaskIds(JsonNode page) {
    JsonNode tasks = page.isArray() ? page : page.path("_embedded").path("task");
    List<String> ids = new ArrayList<>();
    tasks.forEach(
        task -> {
          if (PhaseModel.isActivityTask(task.path("taskDefinitionKey").asText())) {
            ids.add(task.path("id").asText());
          }
        });
    return ids;
  }

  private String filterId() {
    String name = URLEncoder.encode(FILTER_NAME, StandardCharsets.UTF_8).replace("+", "%20");
    RestCall.Reply reply = rest.get(engineApi + "/filter?name=" + name, RestCall.JSON_TYPE);
    if (!reply.ok() || reply.json().isEmpty()) {
      throw new IllegalStateException(
          rest.user()
              + " cannot see the filter '"
              + FILTER_NAME
              + "': "
              + reply.status()
              + " "
              + reply.message());
    }
    return reply.json().get(0).path("id").asText();
  }
}
