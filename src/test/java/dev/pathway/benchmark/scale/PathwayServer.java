package dev.pathway.benchmark.scale;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Pathway server in a JVM of its own (the packaged jar, profile {@code demo} on the benchmark's
 * PostgreSQL database), so that its heap is measured alone. Its console goes to {@code
 * server-<name>.log} in the output folder.
 */
final class PathwayServer implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static final Pattern HEAP_USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

  private final String name;
  private final int port;
  private final Process process;
  private final Path log;

  private PathwayServer(String name, int port, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts the server and waits until its REST API answers (schema, deployment and identities are
   * done by then).
   */
  static PathwayServer start(String name, ScaleSettings settings)
      throws IOException, InterruptedException {
    int port = freePort();
    Path log = settings.outputDir().resolve("server-" + name + ".log");
    List<String> command =
        new ArrayList<>(List.of(javaTool("java"), "-Xmx" + settings.heap(), "-XX:+UseG1GC"));
    command.addAll(settings.serverJvmArgs());
    command.addAll(
        List.of(
            "-jar",
            settings.serverJar().toString(),
            "--spring.profiles.active=demo",
            "--pathway.demo.allow-external-database=true",
            "--pathway.demo.example-implementation=false",
            "--spring.datasource.url=" + settings.url(),
            "--spring.datasource.username=" + settings.username(),
            "--server.port=" + port));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    // the password stays out of the command line (and so out of ps and the log)
    builder.environment().put("SPRING_DATASOURCE_PASSWORD", settings.password());
    long started = System.nanoTime();
    PathwayServer server = new PathwayServer(name, port, builder.start(), log);
    try {
      server.awaitUp();
    } catch (IOException | InterruptedException | RuntimeException e) {
      server.close();
      throw e;
    }
    System.out.printf(
        "Server %s up on port %d (pid %d) after %.1f s, log %s%n",
        name, port, server.pid(), (System.nanoTime() - started) / 1e9, log);
    return server;
  }

  String name() {
    return name;
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  long pid() {
    return process.pid();
  }

  private void awaitUp() throws IOException, InterruptedException {
    RestCall admin = new RestCall(RestCall.newHttpClient(), baseUrl(), "demo");
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Server " + name + " exited with " + process.exitValue() + ":\n" + logTail());
      }
      if (admin.get("/engine-rest/engine", RestCall.JSON_TYPE).ok()) {
        return;
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException(
        "Server " + name + " did not answer within " + START_TIMEOUT + ":\n" + logTail());
  }

  /**
   * Used and committed heap after a full GC, in MiB, as {@code jcmd GC.run} and {@code
   * GC.heap_info} tell.
   */
  Heap heapAfterFullGc() throws IOException, InterruptedException {
    jcmd("GC.run");
    String info = jcmd("GC.heap_info");
    Matcher matcher = HEAP_USED.matcher(info);
    if (!matcher.find()) {
      throw new IllegalStateException("no heap figures in jcmd GC.heap_info:\n" + info);
    }
    return new Heap(
        Long.parseLong(matcher.group(2)) / 1024.0, Long.parseLong(matcher.group(1)) / 1024.0);
  }

  record Heap(double usedMiB, double committedMiB) {}

  private String jcmd(String command) throws IOException, InterruptedException {
    Process jcmd =
        new ProcessBuilder(javaTool("jcmd"), Long.toString(pid()), command)
            .redirectErrorStream(true)
            .start();
    String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!jcmd.waitFor(2, TimeUnit.MINUTES) || jcmd.exitValue() != 0) {
      throw new IllegalStateException("jcmd " + pid() + " " + command + " failed:\n" + output);
    }
    return output;
  }

  /** Stops the server: SIGTERM (Spring's graceful shutdown), then killed after a minute. */
  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(1, TimeUnit.MINUTES)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    System.out.println("Server " + name + " stopped");
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(log " + log + " unreadable: " + e.getMessage() + ")";
    }
  }

  private static String javaTool(String tool) {
    return Path.of(System.getProperty("java.home"), "bin", tool).toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
