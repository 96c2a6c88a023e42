package dev.pathway.benchmark.scale;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What a scale run does, from system properties ({@code -Dscale.…}); see {@link ScaleBenchmark}.
 *
 * @param analyze whether to ANALYZE the database after seeding, so that the planner knows the
 *     tables' sizes as autovacuum would tell it in production (a PostgreSQL with autovacuum off,
 *     like CI's, plans as for empty tables)
 * @param users demo users the clients log in as, in turn: holders of Table B.1 activity roles
 * @param tasklistSession whether the clients log in to Tasklist and use its session, as a browser
 *     does ({@code -Dscale.api=tasklist}, the default), or send HTTP Basic with every request to
 *     {@code /engine-rest}, as an API client does ({@code -Dscale.api=engine-rest})
 * @param serverJvmArgs extra options for the server JVMs, e.g. a flight recording
 * @param thinkMillis how long each client pauses between the opened form and its submission (0:
 *     none, the clients load the server as much as they can)
 * @param thinkSpreadMillis how far each pause may lie either side of {@code thinkMillis}, drawn
 *     anew for every pause (0: every pause the same, and clients that start together stay in step)
 */
record ScaleSettings(
    int implementations,
    int clients,
    int seconds,
    int warmUpSeconds,
    int nodes,
    int seedThreads,
    boolean reuse,
    boolean analyze,
    String url,
    String username,
    String password,
    String heap,
    List<String> users,
    boolean tasklistSession,
    List<String> serverJvmArgs,
    int thinkMillis,
    int thinkSpreadMillis,
    Path serverJar,
    Path outputDir) {

  /**
   * The activity role holders of the demo users, those with most Phase 1 activities first (project
   * team: 55 of 76).
   */
  static final String DEFAULT_USERS = "paul,pia,bea,tina,sofia,carla,ivan,hana";

  static ScaleSettings fromSystemProperties(Path serverJar, Path outputDir) {
    String url = System.getProperty("scale.datasource.url", "");
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "-Dscale.datasource.url=jdbc:postgresql://… is required: a PostgreSQL database"
              + " (fresh, or seeded before with -Dscale.reuse=true), shared by the server JVMs; was '"
              + url
              + "'");
    }
    int nodes = integer("scale.nodes", 1);
    if (nodes < 1 || nodes > 2) {
      throw new IllegalArgumentException("-Dscale.nodes must be 1 or 2, was " + nodes);
    }
    return new ScaleSettings(
        integer("scale.implementations", 100),
        integer("scale.clients", 16),
        integer("scale.seconds", 120),
        integer("scale.warmup-seconds", 15),
        nodes,
        integer("scale.seed-threads", 8),
        Boolean.getBoolean("scale.reuse"),
        Boolean.parseBoolean(System.getProperty("scale.analyze", "true")),
        url,
        System.getProperty("scale.datasource.username", "postgres"),
        System.getProperty("scale.datasource.password", ""),
        System.getProperty("scale.heap", "2g"),
        Arrays.stream(System.getProperty("scale.users", DEFAULT_USERS).split(","))
            .map(String::trim)
            .filter(user -> !user.isEmpty())
            .toList(),
        tasklistSession(System.getProperty("scale.api", "tasklist")),
        Arrays.stream(System.getProperty("scale.server-jvm-args", "").split(" "))
            .filter(arg -> !arg.isBlank())
            .toList(),
        integer("scale.think-ms", 0),
        integer("scale.think-spread-ms", 0),
        serverJar,
        outputDir);
  }

  private static boolean tasklistSession(String api) {
    return switch (api) {
      case "tasklist" -> true;
      case "engine-rest" -> false;
      default ->
          throw new IllegalArgumentException(
              "-Dscale.api must be tasklist or engine-rest, was '" + api + "'");
    };
  }

  /** Where the clients reach the engine's REST API. */
  String engineApi() {
    return tasklistSession ? RestCall.TASKLIST_ENGINE_API : RestCall.ENGINE_REST;
  }

  private static int integer(String name, int fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
  }

  Path resultsFile() {
    return outputDir.resolve("results-" + implementations + "-" + nodes + "node.md");
  }
}
