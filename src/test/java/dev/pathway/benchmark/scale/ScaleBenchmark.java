package dev.pathway.benchmark.scale;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.catalogue.CatalogueLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * How Pathway holds up with many implementations at once: N implementations standing in Phase 1
 * (about 76 open Table B.1 activity tasks each) on PostgreSQL, and C people working through
 * Tasklist's "My groups' tasks" at the same time. Pathway runs as the packaged jar in JVMs of its
 * own (one, or two on the same database), so that the server's heap is measured alone.
 *
 * <p>Run: {@code ./mvnw -Pscale-benchmark -DskipTests verify
 * -Dscale.datasource.url=jdbc:postgresql://127.0.0.1:5432/<db> -Dscale.datasource.username=postgres
 * [-Dscale.datasource.password=…] [-Dscale.implementations=100] [-Dscale.clients=16]
 * [-Dscale.seconds=120] [-Dscale.warmup-seconds=15] [-Dscale.nodes=1|2] [-Dscale.seed-threads=8]
 * [-Dscale.reuse=true] [-Dscale.think-ms=0] [-Dscale.think-spread-ms=0] [-Dscale.analyze=false]
 * [-Dscale.users=paul,pia,…] [-Dscale.heap=2g]}. The database must be fresh unless {@code
 * -Dscale.reuse=true}: then the implementations found count, and only the missing ones are seeded.
 * After seeding the database is vacuumed and analysed (unless {@code -Dscale.analyze=false}), as
 * autovacuum would do in production. Results: {@code
 * target/scale-benchmark/results-<N>-<nodes>node.md}; server logs beside them.
 */
public final class ScaleBenchmark {

  private static final String CATALOGUE = "pathway/standard/tr-20000-5.yaml";

  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path serverJar = Path.of(args[0]);
    if (!Files.isRegularFile(serverJar)) {
      throw new IllegalStateException(
          "No packaged Pathway at " + serverJar + ": run through 'verify' (or 'package')");
    }
    ScaleSettings settings =
        ScaleSettings.fromSystemProperties(
            serverJar, serverJar.toAbsolutePath().getParent().resolve("scale-benchmark"));
    Files.createDirectories(settings.outputDir());
    List<PathwayServer> servers = new CopyOnWriteArrayList<>();
    Thread stopServers =
        new Thread(() -> servers.forEach(PathwayServer::close), "stop-pathway-servers");
    Runtime.getRuntime().addShutdownHook(stopServers);
    try {
      String markdown = run(settings, servers);
      System.out.println();
      System.out.println(markdown);
      Files.writeString(settings.resultsFile(), markdown, StandardCharsets.UTF_8);
      System.out.println("Written to " + settings.resultsFile());
    } finally {
      servers.forEach(PathwayServer::close);
      try {
        Runtime.getRuntime().removeShutdownHook(stopServers);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs anyway
      }
    }
  }

  private static String run(ScaleSettings settings, List<PathwayServer> servers) throws Exception {
    Instant started = Instant.now();
    String loadAtStart = LoadAverage.now();
    System.out.println("Load average at start: " + loadAtStart);
    for (int node = 0; node < settings.nodes(); node++) {
      // one after the other: the first creates the schema, deploys and creates the identities
      servers.add(PathwayServer.start(String.valueOf((char) ('A' + node)), settings));
    }
    List<String> baseUrls = servers.stream().map(PathwayServer::baseUrl).toList();

    DatabaseFigures found = DatabaseFigures.read(settings);
    if (found.implementations() > 0 && !settings.reuse()) {
      throw new IllegalStateException(
          "The database holds "
              + found.implementations()
              + " implementations already:"
              + " give a fresh database, or -Dscale.reuse=true to count them in");
    }
    System.out.printf(
        "Found %d implementations and %d open tasks%n",
        found.implementations(), found.rows().get("act_ru_task"));
    int missing = (int) Math.max(0, settings.implementations() - found.implementations());
    Seeder seeder = new Seeder(baseUrls, catalogue(), settings.seedThreads());
    long seedingStarted = System.nanoTime();
    seeder.seed(
        (int) found.implementations(),
        (int) found.implementations() + missing,
        Long.toString(System.currentTimeMillis(), 36));
    SeedingFigures seeding =
        new SeedingFigures(
            found.implementations(),
            missing,
            settings.seedThreads(),
            System.nanoTime() - seedingStarted,
            seeder.nanosPerImplementation(),
            seeder.nanosPerPlanAdjustment());

    boolean autovacuum = DatabaseFigures.autovacuum(settings);
    if (settings.analyze()) {
      long analyzing = System.nanoTime();
      DatabaseFigures.analyze(settings);
      System.out.printf(
          "VACUUM ANALYZE done in %.1f s (autovacuum is %s)%n",
          (System.nanoTime() - analyzing) / 1e9, autovacuum ? "on" : "off");
    }
    Map<String, PathwayServer.Heap> heapAfterSeeding = heaps(servers);
    DatabaseFigures afterSeeding = DatabaseFigures.read(settings);
    String loadAtRunStart = LoadAverage.now();
    Map<String, Latencies> byUser = Workload.run(baseUrls, settings);
    String loadAtEnd = LoadAverage.now();
    Map<String, PathwayServer.Heap> heapAfterRun = heaps(servers);
    DatabaseFigures afterRun = DatabaseFigures.read(settings);
    return new ScaleReport(
            settings,
            started,
            databaseName(settings.url()),
            autovacuum,
            loadAtStart,
            loadAtRunStart,
            loadAtEnd,
            seeding,
            byUser,
            heapAfterSeeding,
            heapAfterRun,
            afterSeeding,
            afterRun)
        .markdown();
  }

  private static Map<String, PathwayServer.Heap> heaps(List<PathwayServer> servers)
      throws IOException, InterruptedException {
    Map<String, PathwayServer.Heap> heaps = new LinkedHashMap<>();
    for (PathwayServer server : servers) {
      PathwayServer.Heap heap = server.heapAfterFullGc();
      System.out.printf(
          "Server %s: %.0f MiB heap used after a full GC (%.0f MiB committed)%n",
          server.name(), heap.usedMiB(), heap.committedMiB());
      heaps.put(server.name(), heap);
    }
    return heaps;
  }

  private static Catalogue catalogue() throws IOException {
    try (InputStream in = ScaleBenchmark.class.getClassLoader().getResourceAsStream(CATALOGUE)) {
      if (in == null) {
        throw new IllegalStateException("no " + CATALOGUE + " on the class path");
      }
      return CatalogueLoader.load(in, CATALOGUE);
    }
  }

  private static String databaseName(String url) {
    String path = url.replaceFirst("\\?.*$", "");
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
