package example.host;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The host's database in the tests: H2 in memory, or, when the PostgreSQL suite runs ({@code
 * host.test.postgres=true}), a schema of its own in the database named by {@code
 * PATHWAY_TEST_POSTGRES_URL}, dropped by {@link #drop()}.
 */
final class HostDatabase {

  private static final boolean POSTGRES = Boolean.getBoolean("host.test.postgres");

  private final String url;
  private final String user;
  private final String password;
  private final String schema;

  private HostDatabase(String url, String user, String password, String schema) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.schema = schema;
  }

  static HostDatabase create() {
    String name = "host_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    if (!POSTGRES) {
      return new HostDatabase("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", null);
    }
    String base = System.getenv("PATHWAY_TEST_POSTGRES_URL");
    HostDatabase database =
        new HostDatabase(
            base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name,
            System.getenv("PATHWAY_TEST_POSTGRES_USER"),
            System.getenv("PATHWAY_TEST_POSTGRES_PASSWORD"),
            name);
    database.execute(base, "CREATE SCHEMA " + name);
    return database;
  }

  /** Properties for a host on a fresh in-memory H2 database of its own. */
  static String[] inMemory() {
    return new String[] {
      "spring.datasource.url=jdbc:h2:mem:host_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
      "spring.datasource.username=sa",
      "spring.datasource.password="
    };
  }

  /**
   * A second start of the host in the same JVM, without its web apps and REST API (their filters
   * hold on to the first application context) and without a web server.
   */
  static final String[] WITHOUT_WEB = {
    "spring.main.web-application-type=none",
    "spring.autoconfigure.exclude="
        + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
        + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
    "camunda.bpm.generate-unique-process-engine-name=true"
  };

  void register(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> user);
    registry.add("spring.datasource.password", () -> password);
    if (schema != null) {
      // the engine looks for its tables in this schema only, not in the database's other schemas
      registry.add("camunda.bpm.database.schema-name", () -> schema);
      registry.add("camunda.bpm.database.table-prefix", () -> schema + ".");
    }
  }

  /**
   * Command line arguments: above the host's application.yaml, as the test's own properties are.
   */
  String[] arguments() {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password));
    if (schema != null) {
      arguments.add("--camunda.bpm.database.schema-name=" + schema);
      arguments.add("--camunda.bpm.database.table-prefix=" + schema + ".");
    }
    return arguments.toArray(String[]::new);
  }

  void drop() {
    if (schema != null) {
      execute(System.getenv("PATHWAY_TEST_POSTGRES_URL"), "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private void execute(String jdbcUrl, String sql) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
