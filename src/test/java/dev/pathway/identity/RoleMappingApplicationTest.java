package dev.pathway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pathway.app.PathwayApplication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A small provider's mapping, set in configuration only, gives a working application with the demo
 * users.
 */
class RoleMappingApplicationTest {

  @Test
  void oneGroupHoldsSeveralRolesWithoutAnyChangeToCodeOrModels() {
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(PathwayApplication.class)
            .profiles("demo")
            .run(
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                "--pathway.demo.example-implementation=false",
                "--camunda.bpm.process-engine-name=mapping",
                "--spring.datasource.url=jdbc:h2:mem:mapping;DB_CLOSE_DELAY=-1",
                "--pathway.roles.groups.problem-management=incident-management",
                "--pathway.roles.groups.release-management=change-management")) {
      IdentityService identity = app.getBean(IdentityService.class);
      assertThat(identity.createGroupQuery().groupId("problem-management").count())
          .as("no group of its own")
          .isZero();
      assertThat(
              identity.createGroupQuery().groupId("incident-management").singleResult().getName())
          .isEqualTo("Incident management, Problem management");
      assertThat(identity.createGroupQuery().groupMember("ivan").list())
          .extracting(Group::getId)
          .containsExactly("incident-management");
      assertThat(identity.createGroupQuery().groupMember("carla").list())
          .extracting(Group::getId)
          .containsExactlyInAnyOrder("change-management", "configuration-management");
      assertThat(app.getBean(RoleGroups.class).groupsOfRoles("problem-management"))
          .containsExactly("incident-management");
    }
  }
}
