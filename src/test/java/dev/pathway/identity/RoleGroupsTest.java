package dev.pathway.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.catalogue.CatalogueLoader;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which group holds which role is configuration (5.11): a small provider maps several roles to one
 * group.
 */
class RoleGroupsTest {

  private static Catalogue catalogue;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in =
        RoleGroupsTest.class.getResourceAsStream("/pathway/standard/tr-20000-5.yaml")) {
      catalogue = CatalogueLoader.load(in, "tr-20000-5.yaml");
    }
  }

  @Test
  void eachRoleIsHeldByTheGroupOfItsOwnIdUnlessConfigured() {
    RoleGroups groups = new RoleGroups(catalogue, new RoleGroupProperties(Map.of()));
    assertThat(groups.groupsOf("problem-management")).containsExactly("problem-management");
    assertThat(groups.allGroups())
        .hasSize(25)
        .contains("top-management", "project-team", "release-management");
  }

  @Test
  void aSmallProviderLetsOneGroupHoldSeveralRolesAndARoleBeHeldBySeveralGroups() {
    RoleGroups groups =
        new RoleGroups(
            catalogue,
            new RoleGroupProperties(
                Map.of(
                    "problem-management", List.of("incident-management"),
                    "release-management", List.of("change-management", "operations"))));

    assertThat(groups.groupsOf("problem-management")).containsExactly("incident-management");
    assertThat(groups.groupsOfRoles("incident-management, problem-management"))
        .containsExactly("incident-management");
    assertThat(groups.groupsOf("release-management"))
        .containsExactly("change-management", "operations");
    assertThat(groups.allGroups())
        .contains("operations")
        .doesNotContain("problem-management", "release-management");
    // Problem management c) is owned by problem management: its task goes to the incident managers
    assertThat(groups.groupsOfAll(catalogue.activity("problem-management.c").roles()))
        .containsExactly("incident-management");
  }

  @Test
  void aMistypedRoleInTheConfigurationStopsStartUpNamingIt() {
    assertThatThrownBy(
            () ->
                new RoleGroups(
                    catalogue, new RoleGroupProperties(Map.of("problem-manager", List.of("ops")))))
        .hasMessageContaining("pathway.roles.groups.problem-manager names no responsibility role");
  }
}
