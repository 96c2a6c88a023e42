package dev.pathway.benchmark.scale;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.catalogue.CatalogueLoader;
import dev.pathway.phase.Outcome;
import dev.pathway.support.Implementation;
import dev.pathway.support.RestClient;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The Cockpit plugin's overview ({@code GET /api/monitoring/implementations}) with N
 * implementations on PostgreSQL: the implementations are seeded to Phase 1 as the scale benchmark
 * does ({@link Seeder}), the project team records K activities of each through their forms, then
 * the overview is read R times one after the other by a process owner (who sees every
 * implementation), and once per implementation page. Prints p50, p95 and the largest time.
 *
 * <p>Run (the server is the packaged jar, on a database of its own):
 *
 * <pre>
 * ./mvnw -B -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true package
 * ./mvnw -B -pl plugin -Dspotless.check.skip=true -Djacoco.skip=true test-compile exec:java \
 *   -Dexec.mainClass=dev.pathway.benchmark.scale.MonitoringBenchmark -Dexec.classpathScope=test \
 *   -Dexec.args=app/target/pathway-0.1.0-SNAPSHOT.jar \
 *   -Dscale.datasource.url=jdbc:postgresql://127.0.0.1:5432/&lt;fresh db&gt; -Dscale.implementations=1000 \
 *   [-Dscale.reuse=true] [-Dmonitoring.records=10] [-Dmonitoring.requests=200]
 * </pre>
 */
public final class MonitoringBenchmark {

  private MonitoringBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]).toAbsolutePath();
    ScaleSettings settings =
        ScaleSettings.fromSystemProperties(jar, jar.getParent().resolve("monitoring-benchmark"));
    Files.createDirectories(settings.outputDir());
    int records = Integer.getInteger("monitoring.records", 10);
    int requests = Integer.getInteger("monitoring.requests", 200);
    try (PathwayServer server = PathwayServer.start("A", settings)) {
      DatabaseFigures found = DatabaseFigures.read(settings);
      if (found.implementations() > 0 && !settings.reuse()) {
        throw new IllegalStateException(
            "The database holds implementations already: a fresh one, or -Dscale.reuse=true");
      }
      int have = (int) found.implementations();
      int missing = Math.max(0, settings.implementations() - have);
      try (InputStream catalogue =
          MonitoringBenchmark.class
              .getClassLoader()
              .getResourceAsStream("pathway/standard/tr-20000-5.yaml")) {
        new Seeder(
                List.of(server.baseUrl()),
                CatalogueLoader.load(catalogue, "tr-20000-5.yaml"),
                settings.seedThreads())
            .seed(have, have + missing, Long.toString(System.currentTimeMillis(), 36));
      }
      if (missing > 0) {
        record(server.baseUrl(), records, settings.seedThreads());
      }
      if (settings.analyze()) {
        DatabaseFigures.analyze(settings);
      }
      RestCall owner = new RestCall(RestCall.newHttpClient(), server.baseUrl(), "sofia");
      List<Long> overview = new ArrayList<>();
      int listed = 0;
      for (int i = 0; i < requests + 20; i++) {
        long started = System.nanoTime();
        RestCall.Reply reply = owner.get("/api/monitoring/implementations", RestCall.JSON_TYPE);
        long elapsed = System.nanoTime() - started;
        if (!reply.ok()) {
          throw new IllegalStateException("overview: " + reply.status() + " " + reply.body());
        }
        if (i >= 20) {
          overview.add(elapsed);
          listed = reply.json().get("count").asInt();
        }
      }
      JsonNode all = owner.get("/api/monitoring/implementations", RestCall.JSON_TYPE).json();
      List<Long> pages = new ArrayList<>();
      for (JsonNode line : all.get("implementations")) {
        if (pages.size() >= Math.min(requests, 100)) {
          break;
        }
        long started = System.nanoTime();
        RestCall.Reply reply =
            owner.get(
                "/api/monitoring/implementations/" + line.get("implementationId").asText(),
                RestCall.JSON_TYPE);
        pages.add(System.nanoTime() - started);
        if (!reply.ok()) {
          throw new IllegalStateException("page: " + reply.status() + " " + reply.body());
        }
      }
      String result =
          "| implementations listed | overview p50 | overview p95 | overview max | page p50 | page p95 |%n"
                  .formatted()
              + "|---|---|---|---|---|---|%n".formatted()
              + "| %d | %s | %s | %s | %s | %s |%n"
                  .formatted(
                      listed,
                      ms(percentile(overview, 50)),
                      ms(percentile(overview, 95)),
                      ms(percentile(overview, 100)),
                      ms(percentile(pages, 50)),
                      ms(percentile(pages, 95)));
      System.out.println();
      System.out.println(result);
      Path file = settings.outputDir().resolve("results-" + settings.implementations() + ".md");
      Files.writeString(file, result, StandardCharsets.UTF_8);
      System.out.println("Written to " + file);
    }
  }

  /** The project team records {@code count} activities of each implementation, through the form. */
  private static void record(String base, int count, int threads) throws Exception {
    RestCall demo = new RestCall(RestCall.newHttpClient(), base, "demo");
    JsonNode programmes =
        demo.get(
                "/engine-rest/process-instance?processDefinitionKey=sms-implementation",
                RestCall.JSON_TYPE)
            .json();
    System.out.printf(
        "Recording %d activities of each of %d implementations…%n", count, programmes.size());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ThreadLocal<RestCall> paul =
        ThreadLocal.withInitial(() -> new RestCall(RestCall.newHttpClient(), base, "paul"));
    Map<String, Object> answer =
        Map.of("variables", RestClient.typed(Implementation.answer(Outcome.ACHIEVED)));
    try {
      List<Future<?>> work = new ArrayList<>();
      for (JsonNode programme : programmes) {
        String businessKey = programme.get("businessKey").asText();
        work.add(
            pool.submit(
                () -> {
                  RestCall rest = paul.get();
                  JsonNode tasks =
                      rest.get(
                              "/engine-rest/task?candidateUser=paul&maxResults="
                                  + count
                                  + "&processInstanceBusinessKey="
                                  + URLEncoder.encode(businessKey, StandardCharsets.UTF_8),
                              RestCall.JSON_TYPE)
                          .json();
                  for (JsonNode task : tasks) {
                    RestCall.Reply reply =
                        rest.post(
                            "/engine-rest/task/" + task.get("id").asText() + "/submit-form",
                            answer,
                            RestCall.JSON_TYPE);
                    if (!reply.ok()) {
                      throw new IllegalStateException(reply.status() + " " + reply.body());
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> done : work) {
        done.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static long percentile(List<Long> nanos, int percent) {
    List<Long> sorted = nanos.stream().sorted().toList();
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static String ms(long nanos) {
    return "%.1f ms".formatted(nanos / 1e6);
  }
}
