package dev.pathway.benchmark.scale;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Timings per operation and failures per operation and HTTP status; one per client, merged at the
 * end.
 */
final class Latencies {

  private final Map<Operation, List<Long>> nanos = new EnumMap<>(Operation.class);
  private final Map<String, Integer> failures = new TreeMap<>();
  private final Map<String, String> firstMessages = new TreeMap<>();
  private int roundsWithoutTask;
  private long visibleTasks;

  void record(Operation operation, long elapsedNanos) {
    nanos.computeIfAbsent(operation, key -> new ArrayList<>()).add(elapsedNanos);
  }

  void fail(Operation operation, RestCall.Reply reply) {
    String status =
        reply.status() == RestCall.Reply.NO_RESPONSE
            ? "no response"
            : Integer.toString(reply.status());
    String key = operation.name().toLowerCase(Locale.ROOT).replace('_', '-') + " " + status;
    failures.merge(key, 1, Integer::sum);
    firstMessages.putIfAbsent(key, reply.message());
  }

  /** What the count said: the most seen is kept. */
  void visibleTasks(long count) {
    visibleTasks = Math.max(visibleTasks, count);
  }

  long visibleTasks() {
    return visibleTasks;
  }

  /** A round whose list held no activity task to open. */
  void noTask() {
    roundsWithoutTask++;
  }

  static Latencies merge(Collection<Latencies> parts) {
    Latencies all = new Latencies();
    for (Latencies part : parts) {
      part.nanos.forEach(
          (operation, list) ->
              all.nanos.computeIfAbsent(operation, key -> new ArrayList<>()).addAll(list));
      part.failures.forEach((key, count) -> all.failures.merge(key, count, Integer::sum));
      part.firstMessages.forEach(all.firstMessages::putIfAbsent);
      all.roundsWithoutTask += part.roundsWithoutTask;
      all.visibleTasks = Math.max(all.visibleTasks, part.visibleTasks);
    }
    return all;
  }

  int roundsWithoutTask() {
    return roundsWithoutTask;
  }

  /** How often the operation succeeded (for {@link Operation#COMPLETE}: the completions). */
  int count(Operation operation) {
    return nanos.getOrDefault(operation, List.of()).size();
  }

  double percentileMillis(Operation operation, double percentile) {
    return percentileMillis(nanos.getOrDefault(operation, List.of()), percentile);
  }

  double maxMillis(Operation operation) {
    return percentileMillis(operation, 100);
  }

  /** "complete 500" → how often. */
  Map<String, Integer> failures() {
    return failures;
  }

  String firstMessage(String failure) {
    return firstMessages.get(failure);
  }

  /** Nearest-rank percentile in milliseconds; NaN when nothing was timed. */
  static double percentileMillis(List<Long> nanos, double percentile) {
    if (nanos.isEmpty()) {
      return Double.NaN;
    }
    List<Long> sorted = new ArrayList<>(nanos);
    sorted.sort(null);
    int rank = (int) Math.ceil(percentile / 100 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
  }
}
