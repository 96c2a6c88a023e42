package dev.pathway.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.support.Implementation;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Completing a Table B.1 activity with an evidence file, as a role holder does it in Tasklist's
 * Documents tab: the file uploaded to the task ({@code POST /api/tasks/{id}/evidence}, it becomes
 * an issued record), then the form submitted as achieved. Per file size: p50 and p95 of the whole,
 * and the heap's peak and its use after a full GC (server and client share this JVM; the client
 * streams the file from disk).
 *
 * <p>Run: {@code ./mvnw -Pbenchmark -DskipTests verify -pl plugin
 * -Dbenchmark.main=dev.pathway.benchmark.EvidenceCompletionBenchmark} (H2 in memory), or with
 * {@code -Dbenchmark.datasource.url=jdbc:postgresql://...} and {@code
 * -Dbenchmark.datasource.username=...}.
 */
public final class EvidenceCompletionBenchmark {

  private static final int[] SIZES_MIB = {1, 20};
  private static final int COMPLETIONS_PER_SIZE = 12;
  private static final int WARM_UP = 3;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BOUNDARY = "pathway-evidence-benchmark";

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final ProcessEngine engine;

  private EvidenceCompletionBenchmark(String base, ProcessEngine engine) {
    this.base = base;
    this.engine = engine;
  }

  public static void main(String[] args) throws Exception {
    String url = BenchmarkApplication.url("evidence");
    try (ConfigurableApplicationContext app = BenchmarkApplication.start(url)) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      new EvidenceCompletionBenchmark("http://localhost:" + port, app.getBean(ProcessEngine.class))
          .run(app.getBean(Catalogue.class), url);
    }
  }

  private void run(Catalogue catalogue, String url) throws Exception {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    List<Task> tasks = new ArrayList<>(implementation.activityTasks());
    System.out.printf(
        "Evidence completion benchmark on %s, max heap %d MiB%n",
        url, Runtime.getRuntime().maxMemory() >> 20);
    for (int mib : SIZES_MIB) {
      Path file = randomFile(mib);
      for (int i = 0; i < WARM_UP; i++) {
        complete(implementation, tasks.remove(0), file);
      }
      resetPeaks();
      List<Long> millis = new ArrayList<>();
      for (int i = 0; i < COMPLETIONS_PER_SIZE; i++) {
        millis.add(complete(implementation, tasks.remove(0), file));
      }
      Collections.sort(millis);
      System.gc();
      System.out.printf(
          "%2d MiB: %d completions, p50 %d ms, p95 %d ms; heap peak %d MiB, after full GC %d MiB%n",
          mib,
          millis.size(),
          millis.get(millis.size() / 2),
          millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
          heapPeakMib(),
          (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
      Files.delete(file);
    }
  }

  private long complete(Implementation implementation, Task task, Path file) throws Exception {
    String holder = implementation.memberOf(implementation.candidateGroups(task));
    long start = System.nanoTime();
    HttpResponse<String> uploaded = expect(201, send(holder, upload(task.getId(), file)));
    // as Tasklist's form does: the field the tab filled is submitted with the outcome
    String reference = JSON.readTree(uploaded.body()).at("/evidence/0/reference").asText();
    expect(
        204,
        send(
            holder,
            HttpRequest.newBuilder(
                    URI.create(base + "/engine-rest/task/" + task.getId() + "/submit-form"))
                .header("Content-Type", "application/json")
                .POST(
                    BodyPublishers.ofString(
                        "{\"variables\":{\"outcome\":{\"value\":\"achieved\"},"
                            + "\"evidenceDocuments\":{\"value\":\""
                            + reference
                            + "\"}}}"))));
    return (System.nanoTime() - start) / 1_000_000;
  }

  private HttpRequest.Builder upload(String taskId, Path file) throws Exception {
    String head =
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"changeSummary\"\r\n\r\nBenchmark scan\r\n--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\n"
            + "Content-Type: application/pdf\r\n\r\n";
    return HttpRequest.newBuilder(URI.create(base + "/api/tasks/" + taskId + "/evidence"))
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(
            BodyPublishers.concat(
                BodyPublishers.ofString(head),
                BodyPublishers.ofFile(file),
                BodyPublishers.ofString("\r\n--" + BOUNDARY + "--\r\n")));
  }

  private HttpResponse<String> send(String user, HttpRequest.Builder request) throws Exception {
    String credentials = user + ":" + user;
    return http.send(
        request
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          "expected " + status + " but got " + response.statusCode() + ": " + response.body());
    }
    return response;
  }

  private static Path randomFile(int mib) throws Exception {
    Path file = Files.createTempFile("evidence-" + mib + "mib-", ".pdf");
    byte[] chunk = new byte[1 << 20];
    Random random = new Random(mib);
    for (int i = 0; i < mib; i++) {
      random.nextBytes(chunk);
      Files.write(file, chunk, java.nio.file.StandardOpenOption.APPEND);
    }
    return file;
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long heapPeakMib() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .mapToLong(pool -> pool.getPeakUsage().getUsed())
            .sum()
        >> 20;
  }
}
