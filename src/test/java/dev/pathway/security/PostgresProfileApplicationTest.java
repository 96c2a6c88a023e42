package dev.pathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pathway.app.PathwayApplication;
import java.util.Arrays;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Outside the demo there are no demo users and no default password: the first administrator comes
 * from the environment.
 */
class PostgresProfileApplicationTest {

  /**
   * The profile's settings, on an in-memory database: what matters here is what the profile
   * creates.
   */
  private static ConfigurableApplicationContext runPostgresProfile(String... arguments) {
    String[] common = {
      "--server.port=0",
      "--camunda.bpm.job-execution.enabled=false",
      "--spring.datasource.url=jdbc:h2:mem:postgres-profile;DB_CLOSE_DELAY=-1",
      "--spring.datasource.username=sa",
      "--camunda.bpm.process-engine-name=postgres-profile"
    };
    String[] all =
        Stream.concat(Arrays.stream(common), Arrays.stream(arguments)).toArray(String[]::new);
    return new SpringApplicationBuilder(PathwayApplication.class).profiles("postgres").run(all);
  }

  @Test
  void refusesToStartWithoutTheFirstAdministrator() {
    assertThatThrownBy(() -> runPostgresProfile())
        .hasMessageContaining("set PATHWAY_ADMIN_USER and PATHWAY_ADMIN_PASSWORD");
  }

  @Test
  void refusesTheDemoUsersOnADatabaseOtherThanTheEmbeddedOne() {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(PathwayApplication.class)
                    .profiles("demo")
                    .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/pathway"))
        .hasMessageContaining(
            "The demo profile creates users whose password is their id and runs only on the embedded H2");
  }

  @Test
  void startsWithTheAdministratorFromTheEnvironmentAndNoDemoUsers() {
    try (ConfigurableApplicationContext app =
        runPostgresProfile(
            "--PATHWAY_ADMIN_USER=ops-admin",
            "--PATHWAY_ADMIN_PASSWORD=a-long-secret-from-the-vault")) {
      IdentityService identity = app.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().list())
          .extracting(user -> user.getId())
          .containsExactly("ops-admin");
      assertThat(identity.checkPassword("ops-admin", "a-long-secret-from-the-vault")).isTrue();
      assertThat(
              identity.createUserQuery().userId("ops-admin").memberOfGroup("camunda-admin").count())
          .isEqualTo(1);
      assertThat(identity.createGroupQuery().groupId("incident-management").count())
          .as("the role groups exist in every profile")
          .isEqualTo(1);
    }
  }
}
