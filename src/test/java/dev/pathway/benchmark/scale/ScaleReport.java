package dev.pathway.benchmark.scale;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/** The results as Markdown, ready for the README's Measurements. */
record ScaleReport(
    ScaleSettings settings,
    Instant started,
    String databaseName,
    boolean autovacuum,
    String loadAtStart,
    String loadAtRunStart,
    String loadAtEnd,
    SeedingFigures seeding,
    Map<String, Latencies> byUser,
    Map<String, PathwayServer.Heap> heapAfterSeeding,
    Map<String, PathwayServer.Heap> heapAfterRun,
    DatabaseFigures afterSeeding,
    DatabaseFigures afterRun) {

  private static final double MIB = 1024 * 1024;
  private static final int SEQUENTIAL_READS_SHOWN = 6;

  String markdown() {
    Latencies latencies = Latencies.merge(byUser.values());
    StringBuilder md = new StringBuilder();
    line(
        md,
        "### Scale: %d implementations in Phase 1, %d clients, %d node%s",
        afterSeeding.implementations(),
        settings.clients(),
        settings.nodes(),
        settings.nodes() == 1 ? "" : "s");
    line(md, "");
    line(
        md,
        "%s UTC, %d cores; PostgreSQL database `%s`; each server its own JVM (`-Xmx%s`, G1, packaged jar, profile"
            + " demo, default Hikari pool). Load average (1, 5, 15 min): %s at start, %s when the clients started, %s at"
            + " the end.",
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(started.atOffset(ZoneOffset.UTC)),
        Runtime.getRuntime().availableProcessors(),
        databaseName,
        settings.heap(),
        loadAtStart,
        loadAtRunStart,
        loadAtEnd);
    line(md, "");
    line(
        md,
        "%s %s",
        seedingText(),
        settings.analyze()
            ? "Then `VACUUM ANALYZE` (autovacuum is "
                + (autovacuum ? "on" : "off")
                + "), so the planner knows the tables' sizes and no dead rows of earlier runs remain."
            : "No `VACUUM ANALYZE` afterwards (autovacuum is "
                + (autovacuum ? "on" : "off")
                + ")"
                + (autovacuum
                    ? "."
                    : ": the planner still plans for tables as small as when it last looked."));
    line(md, "");
    line(
        md,
        "Clients: %d at once %s, in turn as %s (client *i* opens task *i* of"
            + " the page), %s; %d s warm-up not counted, then %d s measured.",
        settings.clients(),
        settings.tasklistSession()
            ? "logged in to Tasklist, over its session and CSRF token (`"
                + RestCall.TASKLIST_ENGINE_API
                + "`)"
            : "over `/engine-rest` with HTTP Basic on every request",
        String.join(", ", settings.users()),
        settings.thinkMillis() == 0
            ? "without think time"
            : "each pausing "
                + settings.thinkMillis()
                + (settings.thinkSpreadMillis() == 0
                    ? ""
                    : " ± " + settings.thinkSpreadMillis() + " (drawn anew each time)")
                + " ms between the opened form and its submission, as a person reads and writes",
        settings.warmUpSeconds(),
        settings.seconds());
    line(md, "");
    line(md, "| operation | requests | n | p50 ms | p95 ms | max ms |");
    line(md, "|---|---|---:|---:|---:|---:|");
    for (Operation operation : Operation.values()) {
      line(
          md,
          "| %s | `%s` | %d | %.1f | %.1f | %.1f |",
          operation.label(),
          operation.requests(),
          latencies.count(operation),
          latencies.percentileMillis(operation, 50),
          latencies.percentileMillis(operation, 95),
          latencies.maxMillis(operation));
    }
    line(md, "");
    int completions = latencies.count(Operation.COMPLETE);
    line(
        md,
        "**Completions: %.1f per second** (%d in %d s). Rounds whose page held no activity task: %d.",
        completions / (double) settings.seconds(),
        completions,
        settings.seconds(),
        latencies.roundsWithoutTask());
    line(md, "");
    users(md);
    failures(md, latencies);
    line(md, "| server | heap used after a full GC, after seeding | after the run |");
    line(md, "|---|---:|---:|");
    heapAfterSeeding.forEach(
        (server, heap) ->
            line(
                md,
                "| %s | %.0f MiB | %.0f MiB |",
                server,
                heap.usedMiB(),
                heapAfterRun.get(server).usedMiB()));
    line(md, "");
    tables(md);
    line(md, "");
    sequentialReads(md);
    return md.toString();
  }

  private String seedingText() {
    if (seeding.seeded() == 0) {
      return String.format(
          Locale.ROOT,
          "Seeding: none, the database held %d implementations already (reused).",
          seeding.found());
    }
    return String.format(
        Locale.ROOT,
        "Seeding over REST (start form, Annex A a)–h), Phase 1 plan adjustment): %d"
            + " implementations in %.0f s on %d threads (%.2f s each on average%s); one implementation p50 %.0f ms, p95"
            + " %.0f ms; the plan adjustment that opens the Phase 1 tasks p50 %.0f ms, p95 %.0f ms.",
        seeding.seeded(),
        seeding.seconds(),
        seeding.threads(),
        seeding.seconds() / seeding.seeded(),
        seeding.found() > 0 ? ", " + seeding.found() + " found already" : "",
        Latencies.percentileMillis(seeding.nanosPerImplementation(), 50),
        Latencies.percentileMillis(seeding.nanosPerImplementation(), 95),
        Latencies.percentileMillis(seeding.nanosPerPlanAdjustment(), 50),
        Latencies.percentileMillis(seeding.nanosPerPlanAdjustment(), 95));
  }

  /**
   * Closed loops: fast users make many rounds and dominate the percentiles above; slow ones show
   * here.
   */
  private void users(StringBuilder md) {
    line(
        md,
        "| user | clients | tasks in My groups' tasks | lists | list p50 ms | list p95 ms | count p50 ms | completions |");
    line(md, "|---|---:|---:|---:|---:|---:|---:|---:|");
    byUser.forEach(
        (user, timings) ->
            line(
                md,
                "| %s | %d | %d | %d | %.0f | %.0f | %.0f | %d |",
                user,
                clientsOf(user),
                timings.visibleTasks(),
                timings.count(Operation.LIST),
                timings.percentileMillis(Operation.LIST, 50),
                timings.percentileMillis(Operation.LIST, 95),
                timings.percentileMillis(Operation.COUNT, 50),
                timings.count(Operation.COMPLETE)));
    line(md, "");
  }

  private long clientsOf(String user) {
    return IntStream.range(0, settings.clients())
        .filter(client -> settings.users().get(client % settings.users().size()).equals(user))
        .count();
  }

  private static void failures(StringBuilder md, Latencies latencies) {
    if (latencies.failures().isEmpty()) {
      line(md, "Failures: none.");
      line(md, "");
      return;
    }
    line(md, "| failure (operation, HTTP status) | count | first message |");
    line(md, "|---|---:|---|");
    latencies
        .failures()
        .forEach(
            (failure, count) ->
                line(
                    md,
                    "| %s | %d | %s |",
                    failure,
                    count,
                    latencies.firstMessage(failure).replace("|", "\\|").replace("\n", " ")));
    line(md, "");
  }

  private void tables(StringBuilder md) {
    long implementations = Math.max(1, afterSeeding.implementations());
    line(md, "| database | after seeding | per implementation | after the run |");
    line(md, "|---|---:|---:|---:|");
    line(
        md,
        "| size (`pg_database_size`) | %.0f MiB | %.2f MiB | %.0f MiB |",
        afterSeeding.sizeBytes() / MIB,
        afterSeeding.sizeBytes() / MIB / implementations,
        afterRun.sizeBytes() / MIB);
    afterSeeding
        .rows()
        .forEach(
            (table, rows) ->
                line(
                    md,
                    "| `%s` rows | %d | %.1f | %d |",
                    table,
                    rows,
                    rows / (double) implementations,
                    afterRun.rows().getOrDefault(table, 0L)));
  }

  /** The tables most read by sequential scans while the clients worked. */
  private void sequentialReads(StringBuilder md) {
    line(
        md,
        "| table read sequentially during the run | sequential scans | rows read by them | index scans |");
    line(md, "|---|---:|---:|---:|");
    afterRun.reads().entrySet().stream()
        .map(
            entry ->
                Map.entry(
                    entry.getKey(),
                    entry.getValue().since(afterSeeding.reads().get(entry.getKey()))))
        .filter(entry -> entry.getValue().sequentialScans() > 0)
        .sorted(
            (a, b) ->
                Long.compare(
                    b.getValue().rowsReadSequentially(), a.getValue().rowsReadSequentially()))
        .limit(SEQUENTIAL_READS_SHOWN)
        .forEach(
            entry ->
                line(
                    md,
                    "| `%s` | %d | %d | %d |",
                    entry.getKey(),
                    entry.getValue().sequentialScans(),
                    entry.getValue().rowsReadSequentially(),
                    entry.getValue().indexScans()));
  }

  private static void line(StringBuilder md, String format, Object... arguments) {
    md.append(String.format(Locale.ROOT, format, arguments)).append('\n');
  }
}
