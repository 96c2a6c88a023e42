package dev.pathway.support;

import dev.pathway.app.PathwayApplication;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpStatus;

/**
 * One Pathway node in a JVM of its own ({@code java -cp <test class path>
 * dev.pathway.app.PathwayApplication}), on the demo profile, on a shared PostgreSQL schema, with
 * its job executor running: what a second server of a cluster is, as far as the engine can tell.
 * Its output goes to {@code target/cluster/<name>.log}.
 */
public final class PathwayNode implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

  private final String name;
  private final ClusterSchema schema;
  private final int port;
  private final Path log;
  private final TestRestTemplate http;
  private volatile Process process;

  public PathwayNode(String name, ClusterSchema schema) {
    this.name = name;
    this.schema = schema;
    this.port = freePort();
    this.log = Path.of("target", "cluster", name + ".log");
    this.http =
        new TestRestTemplate(
            new RestTemplateBuilder()
                .rootUri("http://127.0.0.1:" + port)
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(60)));
    // no node outlives the test JVM
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (isAlive()) {
                    process.destroyForcibly();
                  }
                }));
  }

  public String name() {
    return name;
  }

  /** The engine's {@code hostname}: what the job log records for the jobs this node executed. */
  public String hostname() {
    return name;
  }

  public TestRestTemplate http() {
    return http;
  }

  /** A demo user on this node: the password equals the id. */
  public RestClient as(String user) {
    return RestClient.as(http, user);
  }

  /**
   * Starts the JVM and waits until the node answers on its REST API (the engine is built, the
   * resources deployed and the identities created before Tomcat accepts connections).
   *
   * @return how long the start took
   */
  public Duration start() {
    long started = System.nanoTime();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx512m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            classPath(),
            PathwayApplication.class.getName(),
            "--spring.profiles.active=demo",
            // the demo users on PostgreSQL, as the PostgreSQL suite has them
            "--pathway.demo.allow-external-database=true",
            "--pathway.demo.example-implementation=false",
            "--spring.datasource.url=" + schema.url(),
            "--spring.datasource.username=" + schema.user(),
            // the engine looks for its tables in this schema, not in every schema of the database
            "--camunda.bpm.database.schema-name=" + schema.name(),
            "--camunda.bpm.database.table-prefix=" + schema.name() + ".",
            "--server.port=" + port,
            "--camunda.bpm.job-execution.enabled=true",
            // a due timer is found within about two seconds (the engine's default backs off to 60
            // s)
            "--camunda.bpm.job-execution.wait-time-in-millis=1000",
            "--camunda.bpm.job-execution.max-wait=2000",
            "--camunda.bpm.generic-properties.properties.hostname=" + hostname(),
            "--spring.main.banner-mode=off"));
    try {
      Files.createDirectories(log.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(log.getParent().toFile()).redirectErrorStream(true);
    builder.environment().put("SPRING_DATASOURCE_PASSWORD", schema.password());
    try {
      Files.writeString(
          log,
          "==== " + name + " starting on port " + port + System.lineSeparator(),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(
            name + " stopped during start-up (exit " + process.exitValue() + "):\n" + logTail());
      }
      if (answers()) {
        return Duration.ofNanos(System.nanoTime() - started);
      }
      Waits.pause(500);
    }
    throw new AssertionError(name + " did not answer within " + START_TIMEOUT + ":\n" + logTail());
  }

  /** Whether the node answers an authenticated REST call. */
  public boolean answers() {
    try {
      return as("demo").get("/engine-rest/engine").getStatusCode() == HttpStatus.OK;
    } catch (RuntimeException e) {
      return false;
    }
  }

  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** {@code kill -9}: no shutdown hook, no connection closed by the application. */
  public void kill() {
    process.destroyForcibly();
    waitForExit(Duration.ofSeconds(30));
  }

  /** A graceful stop (SIGTERM): Spring closes the engine and its job executor. */
  public void stop() {
    process.destroy();
    if (!waitForExit(Duration.ofSeconds(60))) {
      kill();
    }
  }

  @Override
  public void close() {
    if (isAlive()) {
      stop();
    }
  }

  private boolean waitForExit(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /**
   * The test's own class path: Surefire starts the test JVM from a manifest-only jar and names the
   * real class path in {@code surefire.test.class.path}.
   */
  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    String classPath =
        surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    // an empty entry would put the working directory, with bpmn/ and forms/, on the class path
    return Arrays.stream(classPath.split(File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .collect(Collectors.joining(File.pathSeparator));
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
