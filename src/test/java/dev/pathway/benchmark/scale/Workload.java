package dev.pathway.benchmark.scale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** C Tasklist clients at once for a fixed time, spread over the users and the nodes in turn. */
final class Workload {

  private Workload() {}

  /** The timings of all clients of each user, users in the order given. */
  static Map<String, Latencies> run(List<String> baseUrls, ScaleSettings settings)
      throws InterruptedException {
    long measureFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.warmUpSeconds());
    long end = measureFrom + TimeUnit.SECONDS.toNanos(settings.seconds());
    System.out.printf(
        "%d clients (%s) on %d node(s): %d s warm-up, then %d s measured…%n",
        settings.clients(),
        String.join(", ", settings.users()),
        baseUrls.size(),
        settings.warmUpSeconds(),
        settings.seconds());
    ExecutorService pool = Executors.newFixedThreadPool(settings.clients());
    try {
      Map<String, List<Future<Latencies>>> clientsByUser = new LinkedHashMap<>();
      for (int client = 0; client < settings.clients(); client++) {
        String user = settings.users().get(client % settings.users().size());
        String base = baseUrls.get(client % baseUrls.size());
        RestCall rest =
            settings.tasklistSession()
                ? RestCall.loggedInToTasklist(base, user)
                : new RestCall(RestCall.newHttpClient(), base, user);
        clientsByUser
            .computeIfAbsent(user, key -> new ArrayList<>())
            .add(
                pool.submit(
                    new TasklistClient(
                        rest,
                        settings.engineApi(),
                        client,
                        settings.thinkMillis(),
                        settings.thinkSpreadMillis(),
                        measureFrom,
                        end)));
      }
      Map<String, Latencies> byUser = new LinkedHashMap<>();
      for (Map.Entry<String, List<Future<Latencies>>> user : clientsByUser.entrySet()) {
        List<Latencies> results = new ArrayList<>();
        for (Future<Latencies> client : user.getValue()) {
          try {
            results.add(client.get());
          } catch (ExecutionException e) {
            throw new IllegalStateException(
                "A client failed: " + e.getCause().getMessage(), e.getCause());
          }
        }
        byUser.put(user.getKey(), Latencies.merge(results));
      }
      return byUser;
    } finally {
      pool.shutdownNow();
    }
  }
}
