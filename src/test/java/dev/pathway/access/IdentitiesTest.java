package dev.pathway.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.identity.RoleGroups;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The demo identities of the embedded default and the shared Tasklist filters. */
@PathwayTest
class IdentitiesTest {

  @Autowired IdentityService identity;
  @Autowired RoleGroups roleGroups;
  @Autowired TestRestTemplate http;

  @Test
  void everyRoleGroupExistsWithAReadableNameAndADemoMember() {
    for (String groupId : roleGroups.allGroups()) {
      assertThat(identity.createGroupQuery().groupId(groupId).singleResult().getName())
          .as(groupId)
          .isNotBlank();
      assertThat(identity.createUserQuery().memberOfGroup(groupId).count())
          .as("members of " + groupId)
          .isPositive();
    }
    assertThat(identity.createGroupQuery().groupId("project-team").singleResult().getName())
        .isEqualTo("Project (or team member)");
    assertThat(identity.createGroupQuery().groupMember("sofia").count())
        .as("a small provider: one person, several roles")
        .isGreaterThan(3);
    assertThat(identity.checkPassword("ivan", "ivan")).isTrue();
  }

  @Test
  void roleHoldersSeeTheSharedFiltersAndOnlyAdministratorsSeeAllTasks() {
    assertThat(filterNames("ivan"))
        .containsExactlyInAnyOrder(
            "My tasks",
            "My groups' tasks",
            "Governance decisions",
            "Phase 1 activities",
            "Phase 2 activities",
            "Phase 3 activities",
            "Overdue");
    assertThat(filterNames("demo")).contains("All tasks", "Governance decisions");
  }

  private List<String> filterNames(String user) {
    JsonNode filters = RestClient.as(http, user).getJson("/engine-rest/filter?resourceType=Task");
    List<String> names = new ArrayList<>();
    filters.forEach(filter -> names.add(filter.path("name").asText()));
    return names;
  }
}
