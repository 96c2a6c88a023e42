package dev.pathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs here: the compose file is read and checked against the application's own
 * settings.
 */
class DockerComposeTest {

  private static JsonNode compose;
  private static JsonNode pathway;
  private static JsonNode postgres;

  @BeforeAll
  static void read() throws Exception {
    compose = new YAMLMapper().readTree(new File("docker-compose.yml"));
    pathway = compose.path("services").path("pathway");
    postgres = compose.path("services").path("postgres");
  }

  @Test
  void runsPathwayOnThePostgresProfileAgainstTheComposeDatabase() throws Exception {
    JsonNode env = pathway.path("environment");
    assertThat(env.path("SPRING_PROFILES_ACTIVE").asText()).isEqualTo("postgres");
    assertThat(Path.of("src/main/resources/application-postgres.yaml")).exists();
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

  @Test
  void requiresTheFirstAdministratorAndThePasswordsFromTheEnvironmentWithoutDefaults() {
    JsonNode env = pathway.path("environment");
    for (String required : NoDefaultPasswordsCheck.REQUIRED) {
      assertThat(env.path(required).asText())
          .as(required)
          .isEqualTo("${" + required + ":?set " + required + "}");
    }
    assertThat(env.path("SPRING_DATASOURCE_PASSWORD").asText())
        .startsWith("${PATHWAY_DB_PASSWORD:?");
  }

  @Test
  void waitsForAHealthyDatabaseThatKeepsItsDataInANamedVolume() {
    assertThat(postgres.path("healthcheck").path("test").toString()).contains("pg_isready");
    assertThat(pathway.path("depends_on").path("postgres").path("condition").asText())
        .isEqualTo("service_healthy");
    String volume = postgres.path("volumes").get(0).asText().split(":")[0];
    assertThat(compose.path("volumes").has(volume)).isTrue();
  }

  @Test
  void buildsTheImageFromTheRepositoryAndPublishesTheApplicationsPort() throws Exception {
    assertThat(Path.of(pathway.path("build").path("dockerfile").asText())).exists();
    String port =
        new YAMLMapper()
            .readTree(new File("src/main/resources/application.yaml"))
            .path("server")
            .path("port")
            .asText();
    assertThat(pathway.path("ports").get(0).asText()).endsWith(":" + port);
    assertThat(Files.readString(Path.of(pathway.path("build").path("dockerfile").asText())))
        .contains("EXPOSE " + port);
  }
}
