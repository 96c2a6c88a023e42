package dev.pathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.pathway.app.NoDefaultPasswordsCheck;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs here: the compose file and the proxy's configuration are read and checked
 * against the application's own settings. Two Pathway nodes (replicas of one image) share one
 * PostgreSQL database behind nginx, which keeps each client on one node.
 */
class DockerComposeTest {

  private static final List<String> NODES = List.of("pathway-1", "pathway-2");

  private static JsonNode compose;
  private static JsonNode postgres;
  private static JsonNode proxy;
  private static String port;
  private static String nginx;

  @BeforeAll
  static void read() throws Exception {
    compose = new YAMLMapper().readTree(new File("docker-compose.yml"));
    postgres = compose.path("services").path("postgres");
    proxy = compose.path("services").path("proxy");
    port =
        new YAMLMapper()
            .readTree(new File("src/app/resources/application.yaml"))
            .path("server")
            .path("port")
            .asText();
    String mount = proxy.path("volumes").get(0).asText();
    assertThat(mount).endsWith(":/etc/nginx/conf.d/default.conf:ro");
    nginx = Files.readString(Path.of(mount.substring(0, mount.indexOf(':'))));
  }

  private static JsonNode node(String name) {
    return compose.path("services").path(name);
  }

  @Test
  void theNodesAreTheServicesNamedPathwayAndReplicasOfOneImageWithTheSameSettings() {
    List<String> services = new ArrayList<>();
    compose.path("services").fieldNames().forEachRemaining(services::add);
    assertThat(services.stream().filter(name -> name.startsWith("pathway"))).isEqualTo(NODES);
    JsonNode first = node(NODES.get(0));
    for (String name : NODES) {
      assertThat(node(name).path("image").asText()).as(name).isEqualTo("pathway:local");
      assertThat(node(name).path("build")).as(name).isEqualTo(first.path("build"));
      assertThat(node(name).path("environment")).as(name).isEqualTo(first.path("environment"));
      assertThat(node(name).path("healthcheck")).as(name).isEqualTo(first.path("healthcheck"));
    }
  }

  @Test
  void runsEveryNodeOnThePostgresProfileAgainstTheComposeDatabase() throws Exception {
    assertThat(Path.of("src/app/resources/application-postgres.yaml")).exists();
    for (String name : NODES) {
      JsonNode env = node(name).path("environment");
      assertThat(env.path("SPRING_PROFILES_ACTIVE").asText()).isEqualTo("postgres");
      URI database =
          URI.create(env.path("SPRING_DATASOURCE_URL").asText().substring("jdbc:".length()));
      assertThat(database.getScheme()).isEqualTo("postgresql");
      assertThat(compose.path("services").has(database.getHost()))
          .as("database host is a compose service")
          .isTrue();
      assertThat(database.getPath())
          .isEqualTo("/" + postgres.path("environment").path("POSTGRES_DB").asText());
      assertThat(env.path("SPRING_DATASOURCE_USERNAME").asText())
          .isEqualTo(postgres.path("environment").path("POSTGRES_USER").asText());
      assertThat(env.path("SPRING_DATASOURCE_PASSWORD").asText())
          .isEqualTo(postgres.path("environment").path("POSTGRES_PASSWORD").asText());
    }
  }

  @Test
  void requiresTheFirstAdministratorAndThePasswordsFromTheEnvironmentWithoutDefaults() {
    for (String name : NODES) {
      JsonNode env = node(name).path("environment");
      for (String required : NoDefaultPasswordsCheck.REQUIRED) {
        assertThat(env.path(required).asText())
            .as(name + " " + required)
            .isEqualTo("${" + required + ":?set " + required + "}");
      }
      assertThat(env.path("SPRING_DATASOURCE_PASSWORD").asText())
          .startsWith("${PATHWAY_DB_PASSWORD:?");
    }
  }

  @Test
  void waitsForAHealthyDatabaseThatKeepsItsDataInANamedVolume() {
    assertThat(postgres.path("healthcheck").path("test").toString()).contains("pg_isready");
    for (String name : NODES) {
      assertThat(node(name).path("depends_on").path("postgres").path("condition").asText())
          .as(name)
          .isEqualTo("service_healthy");
    }
    String volume = postgres.path("volumes").get(0).asText().split(":")[0];
    assertThat(compose.path("volumes").has(volume)).isTrue();
  }

  @Test
  void theSecondNodeStartsWhenTheFirstAnswersSoThatOneNodeCreatesAnEmptyDatabase() {
    assertThat(node(NODES.get(0)).path("healthcheck").path("test").toString())
        .contains("/dev/tcp/127.0.0.1/" + port);
    assertThat(node(NODES.get(1)).path("depends_on").path(NODES.get(0)).path("condition").asText())
        .isEqualTo("service_healthy");
  }

  @Test
  void buildsTheImageFromTheRepositoryThatExposesTheApplicationsPort() throws Exception {
    String dockerfile = node(NODES.get(0)).path("build").path("dockerfile").asText();
    assertThat(Path.of(dockerfile)).exists();
    assertThat(Files.readString(Path.of(dockerfile))).contains("EXPOSE " + port);
  }

  @Test
  void onlyTheProxyPublishesAPortAndItStartsWhenEveryNodeAnswers() {
    for (String name : NODES) {
      assertThat(node(name).has("ports")).as("%s is reached through the proxy", name).isFalse();
      assertThat(proxy.path("depends_on").path(name).path("condition").asText())
          .isEqualTo("service_healthy");
    }
    Matcher listen = Pattern.compile("(?m)^\\s*listen\\s+(\\d+);").matcher(nginx);
    assertThat(listen.find()).isTrue();
    assertThat(proxy.path("ports")).hasSize(1);
    assertThat(proxy.path("ports").get(0).asText()).isEqualTo(port + ":" + listen.group(1));
  }

  @Test
  void theNodesKnowEachClientByTheAddressTheProxySawNotByWhatTheClientSent() {
    for (String name : NODES) {
      assertThat(node(name).path("environment").path("SERVER_FORWARD_HEADERS_STRATEGY").asText())
          .as("%s takes the client's address from the proxy (login throttle per client)", name)
          .isEqualTo("native");
    }
    assertThat(nginx)
        .containsPattern("(?m)^\\s*proxy_set_header X-Forwarded-For \\$remote_addr;")
        .doesNotContain("$proxy_add_x_forwarded_for");
  }

  @Test
  void theProxyBalancesOverEveryNodeAndKeepsAClientOnItsNode() {
    Matcher upstream =
        Pattern.compile("upstream\\s+(\\S+)\\s*\\{([^}]*)}", Pattern.DOTALL).matcher(nginx);
    assertThat(upstream.find()).as("an upstream block").isTrue();
    String block = upstream.group(2);
    List<String> servers = new ArrayList<>();
    Matcher server = Pattern.compile("(?m)^\\s*server\\s+([^;\\s]+)").matcher(block);
    while (server.find()) {
      servers.add(server.group(1));
    }
    assertThat(servers)
        .as("every node, on the application's port")
        .containsExactlyElementsOf(NODES.stream().map(name -> name + ":" + port).toList());
    assertThat(block)
        .as("sticky: the web apps keep their login in the session of one node")
        .containsPattern("(?m)^\\s*(ip_hash|hash \\$remote_addr consistent);");
    assertThat(nginx).contains("proxy_pass http://" + upstream.group(1) + ";");
    assertThat(nginx.lines().filter(line -> line.strip().startsWith("proxy_next_upstream")))
        .as("a task completion sent to a node is never sent to another")
        .allSatisfy(directive -> assertThat(directive).doesNotContain("non_idempotent"));
  }
}
