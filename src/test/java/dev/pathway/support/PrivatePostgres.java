package dev.pathway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own: a cluster created with {@code initdb} in a directory under
 * {@code target/}, started and stopped with {@code pg_ctl} on a free port of 127.0.0.1 (trust
 * authentication, superuser {@code postgres}). A test may stop and restart it without touching the
 * shared server on port 5432. The server binaries come from {@code PATHWAY_TEST_PG_BIN} or the
 * newest {@code /usr/lib/postgresql/<version>/bin} (Debian's {@code postgresql} package); as root
 * (initdb refuses root) every command runs as the OS user {@code postgres}. The server's log is
 * {@code <directory>/postgres.log}.
 */
public final class PrivatePostgres implements AutoCloseable {

  public static final String BIN_VARIABLE = "PATHWAY_TEST_PG_BIN";
  private static final Path DEBIAN_BINARIES = Path.of("/usr/lib/postgresql");

  private final Path bin;
  private final Path directory;
  private final Path data;
  private final int port;

  private PrivatePostgres(Path bin, Path directory, int port) {
    this.bin = bin;
    this.directory = directory;
    this.data = directory.resolve("data");
    this.port = port;
  }

  /**
   * A new cluster in a fresh directory under {@code parent}, started.
   *
   * @throws AssertionError naming what to install when the server binaries are missing
   */
  public static PrivatePostgres start(Path parent) {
    Path bin = binaries();
    try {
      Files.createDirectories(parent);
      Path directory = Files.createTempDirectory(parent.toAbsolutePath(), "cluster-");
      PrivatePostgres postgres = new PrivatePostgres(bin, directory, PathwayNode.freePort());
      if (asRoot()) {
        run(List.of("chown", "-R", "postgres:postgres", directory.toString()));
      }
      postgres.pg(
          "initdb",
          "--pgdata=" + postgres.data,
          "--username=postgres",
          "--auth=trust",
          "--encoding=UTF8",
          "--locale=C.UTF-8");
      postgres.start();
      Runtime.getRuntime().addShutdownHook(new Thread(postgres::close));
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code pg_ctl start}, waiting until the server accepts connections. */
  public void start() {
    pg(
        "pg_ctl",
        "start",
        "--pgdata=" + data,
        "--log=" + directory.resolve("postgres.log"),
        "--wait",
        "--timeout=60",
        "-o",
        "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''");
  }

  /**
   * {@code pg_ctl stop -m immediate}: every server process ends at once, open transactions are cut
   * off, and the next start recovers from the write-ahead log, as after a crash.
   */
  public void stopImmediately() {
    pg("pg_ctl", "stop", "--pgdata=" + data, "--mode=immediate", "--wait", "--timeout=60");
  }

  public boolean isRunning() {
    return Files.exists(data.resolve("postmaster.pid"));
  }

  public int port() {
    return port;
  }

  public String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  public String user() {
    return "postgres";
  }

  public Path log() {
    return directory.resolve("postgres.log");
  }

  /** Stops the server if it runs and removes its data; the log stays. */
  @Override
  public void close() {
    if (isRunning()) {
      try {
        stopImmediately();
      } catch (RuntimeException | AssertionError e) {
        System.err.println("could not stop the private PostgreSQL: " + e.getMessage());
      }
    }
    try (Stream<Path> files = Files.walk(data)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // already gone
    }
  }

  private void pg(String command, String... arguments) {
    List<String> line = new ArrayList<>();
    if (asRoot()) {
      line.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    line.add(bin.resolve(command).toString());
    line.addAll(List.of(arguments));
    run(line);
  }

  private static void run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new AssertionError(
            String.join(" ", command) + " failed:\n" + new String(output, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Path binaries() {
    String configured = System.getenv(BIN_VARIABLE);
    Optional<Path> found =
        configured != null && !configured.isBlank()
            ? Optional.of(Path.of(configured))
            : newestDebianBinaries();
    if (found.isEmpty()
        || !Files.isExecutable(found.get().resolve("initdb"))
        || !Files.isExecutable(found.get().resolve("pg_ctl"))) {
      throw new AssertionError(
          "PostgreSQL server binaries (initdb, pg_ctl) not found "
              + found.map(path -> "in " + path).orElse("under " + DEBIAN_BINARIES + "/*/bin")
              + ": install PostgreSQL 15 (apt-get install postgresql-15) or set "
              + BIN_VARIABLE
              + " to the directory that holds them");
    }
    return found.get();
  }

  private static Optional<Path> newestDebianBinaries() {
    if (!Files.isDirectory(DEBIAN_BINARIES)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(DEBIAN_BINARIES)) {
      return versions
          .filter(version -> version.getFileName().toString().matches("\\d+"))
          .max(
              Comparator.comparingInt(
                  version -> Integer.parseInt(version.getFileName().toString())))
          .map(version -> version.resolve("bin"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean asRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
