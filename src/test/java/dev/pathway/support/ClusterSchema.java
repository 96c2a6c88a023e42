package dev.pathway.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh PostgreSQL schema of its own for the nodes of one cluster test, in the database named by
 * {@code PATHWAY_TEST_POSTGRES_URL}: the CI user owns that database but may not create databases,
 * and a schema of its own keeps the cluster's tables apart from those of the PostgreSQL suite. The
 * nodes reach it by {@code currentSchema} in their JDBC URL; it is dropped when the test ends.
 */
public final class ClusterSchema implements AutoCloseable {

  public static final String URL_VARIABLE = "PATHWAY_TEST_POSTGRES_URL";

  /** What a PostgreSQL-only test says when it is skipped. */
  public static String skipped(String why) {
    return "PostgreSQL only: "
        + why
        + ". Set "
        + URL_VARIABLE
        + " (and _USER, _PASSWORD), or run bash .ci/run";
  }

  private final String baseUrl;
  private final String user;
  private final String password;
  private final String name;

  private ClusterSchema(String baseUrl, String user, String password, String name) {
    this.baseUrl = baseUrl;
    this.user = user;
    this.password = password;
    this.name = name;
  }

  /** The schema, created; empty when {@code PATHWAY_TEST_POSTGRES_URL} is not set. */
  public static Optional<ClusterSchema> createFromEnvironment() {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        create(
            url,
            System.getenv().getOrDefault("PATHWAY_TEST_POSTGRES_USER", ""),
            System.getenv().getOrDefault("PATHWAY_TEST_POSTGRES_PASSWORD", "")));
  }

  /** A fresh schema, created, in the database at this URL. */
  public static ClusterSchema create(String url, String user, String password) {
    String name =
        "pathway_cluster_"
            + Long.toString(System.currentTimeMillis(), 36)
            + "_"
            + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);
    ClusterSchema schema = new ClusterSchema(url, user, password, name);
    schema.execute("CREATE SCHEMA " + name);
    return schema;
  }

  public String name() {
    return name;
  }

  /** The JDBC URL of the database, with this schema as the only one on the search path. */
  public String url() {
    return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  /** The first column of every row the query answers. */
  public List<String> strings(String sql, Object... parameters) {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public long count(String sql, Object... parameters) {
    return Long.parseLong(strings(sql, parameters).get(0));
  }

  /** The tasks of these implementations (root process instances) that history shows completed. */
  public Set<String> completedTasks(Collection<String> implementations) {
    Set<String> ids = new HashSet<>();
    for (String implementation : implementations) {
      ids.addAll(
          strings(
              "SELECT id_ FROM act_hi_taskinst WHERE root_proc_inst_id_ = ?"
                  + " AND end_time_ IS NOT NULL",
              implementation));
    }
    return ids;
  }

  /** The tasks of these implementations that have an activity record. */
  public Set<String> recordedTasks(Collection<String> implementations) {
    Set<String> ids = new HashSet<>();
    for (String implementation : implementations) {
      ids.addAll(
          strings(
              "SELECT task_id FROM pw_activity_record WHERE implementation_id = ?",
              implementation));
    }
    return ids;
  }

  /** Half of a completion: tasks that history shows completed and that are still open. */
  public long tasksCompletedYetOpen() {
    return count(
        "SELECT count(*) FROM act_hi_taskinst h JOIN act_ru_task r ON r.id_ = h.id_"
            + " WHERE h.end_time_ IS NOT NULL");
  }

  /** The other half: activity records whose task was not completed. */
  public long recordsWithoutACompletedTask() {
    return count(
        "SELECT count(*) FROM pw_activity_record r"
            + " LEFT JOIN act_hi_taskinst h ON h.id_ = r.task_id WHERE h.end_time_ IS NULL");
  }

  @Override
  public void close() {
    execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
  }

  private void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(baseUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), user, password);
  }
}
