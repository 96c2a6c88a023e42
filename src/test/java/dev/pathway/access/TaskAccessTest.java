package dev.pathway.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.phase.Outcome;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Role holders see and work the tasks of their groups, and only those, while the authorizations do
 * not grow with the tasks: a candidate group needs no authorization row per task.
 */
@PathwayTest
class TaskAccessTest {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;

  @Test
  void
      aPhaseOfSeventySixTasksAddsNoAuthorizationRowsAndEachRoleHolderSeesExactlyTheTasksOfTheirGroups() {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    List<Task> activities = implementation.activityTasks();
    assertThat(activities).hasSize(catalogue.activitiesOf(1).size());

    assertThat(activities)
        .allSatisfy(
            task ->
                assertThat(
                        engine
                            .getAuthorizationService()
                            .createAuthorizationQuery()
                            .resourceType(Resources.TASK)
                            .resourceId(task.getId())
                            .count())
                    .as("authorizations on " + task.getName())
                    .isZero());

    for (String roleHolder : List.of("ivan", "carla", "sofia")) {
      List<String> groups =
          engine.getIdentityService().createGroupQuery().groupMember(roleHolder).list().stream()
              .map(group -> group.getId())
              .toList();
      long theirs =
          activities.stream()
              .filter(
                  task -> implementation.candidateGroups(task).stream().anyMatch(groups::contains))
              .count();
      JsonNode visible =
          RestClient.as(http, roleHolder)
              .tasks(
                  "processInstanceBusinessKey="
                      + implementation.scenario().businessKey()
                      + "&maxResults=500");
      assertThat(visible).as(roleHolder + " sees the tasks of their groups").hasSize((int) theirs);
      assertThat(
              RestClient.as(http, roleHolder)
                  .getJson(
                      "/engine-rest/task/count?processInstanceBusinessKey="
                          + implementation.scenario().businessKey())
                  .path("count")
                  .asLong())
          .isEqualTo(theirs);
    }
  }

  @Test
  void askingForTheTasksOfAnotherGroupShowsNothingOfThem() {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    String ofThisImplementation =
        "&processInstanceBusinessKey=" + implementation.scenario().businessKey();
    assertThat(
            RestClient.as(http, "carla")
                .tasks("candidateGroups=incident-management" + ofThisImplementation))
        .as("carla is not an incident manager")
        .isEmpty();
    assertThat(
            RestClient.as(http, "ivan")
                .tasks("candidateGroups=incident-management" + ofThisImplementation))
        .as("ivan is")
        .isNotEmpty();
  }

  @Test
  void aRoleHolderCannotReadOrWorkATaskOfAnotherGroupButCanClaimAndCompleteTheirOwn() {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    Task incident =
        implementation.activityTasks().stream()
            .filter(task -> implementation.candidateGroups(task).contains("incident-management"))
            .findFirst()
            .orElseThrow();

    RestClient carla = RestClient.as(http, "carla");
    assertThat(carla.get("/engine-rest/task/" + incident.getId()).getStatusCode().value())
        .isIn(403, 404);
    assertThat(
            carla
                .get("/engine-rest/task/" + incident.getId() + "/form-variables")
                .getStatusCode()
                .value())
        .isIn(403, 404);
    assertThat(
            carla
                .post("/engine-rest/task/" + incident.getId() + "/claim", Map.of("userId", "carla"))
                .getStatusCode()
                .value())
        .isIn(403, 404);

    RestClient ivan = RestClient.as(http, "ivan");
    assertThat(ivan.get("/engine-rest/task/" + incident.getId()).getStatusCode().value())
        .isEqualTo(200);
    assertThat(
            ivan.post("/engine-rest/task/" + incident.getId() + "/claim", Map.of("userId", "ivan"))
                .getStatusCode()
                .value())
        .isEqualTo(204);
    assertThat(
            ivan.submitTaskForm(incident.getId(), Implementation.answer(Outcome.ACHIEVED))
                .getStatusCode()
                .value())
        .isEqualTo(204);
    for (String gone : List.of("", "/form", "/deployed-form", "/form-variables")) {
      assertThat(ivan.get("/engine-rest/task/" + incident.getId() + gone).getStatusCode().value())
          .as("a completed task" + gone)
          .isIn(400, 404);
    }
  }
}
