package dev.pathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.startup.StartUpModel;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import dev.pathway.support.StartUpAnswers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * Nobody reaches an API without logging in; a role holder sees and completes only the tasks of
 * their groups.
 */
@PathwayTest
class ApiSecurityTest {

  @Autowired TestRestTemplate http;
  @Autowired TaskService taskService;
  @Autowired IdentityService identity;

  @Test
  void engineRestAndPathwayApiRefuseAnonymousCallers() {
    RestClient nobody = RestClient.anonymous(http);
    assertThat(nobody.get("/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(nobody.get("/engine-rest/engine").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(nobody.get("/api/catalogue").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(nobody.get("/engine-rest/task").getHeaders().getFirst("WWW-Authenticate"))
        .startsWith("Basic");
  }

  @Test
  void aLoggedInUserReachesTheApis() {
    assertThat(RestClient.as(http, "demo").get("/engine-rest/task").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    JsonNode catalogue = RestClient.as(http, "ivan").getJson("/api/catalogue");
    assertThat(catalogue.path("areas")).hasSize(21);
    assertThat(catalogue.path("startUp")).hasSize(8);
  }

  @Test
  void aWrongPasswordIsRefused() {
    // a user of its own: tests of wrong passwords never use a demo user other tests log in as
    String userId = "locksmith" + System.nanoTime() % 100000;
    User user = identity.newUser(userId);
    user.setPassword("the-right-one");
    identity.saveUser(user);
    identity.createMembership(userId, "incident-management");
    assertThat(RestClient.as(http, userId).get("/api/catalogue").getStatusCode())
        .as("the password is not the user id")
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(RestClient.as(http, "nobody-at-all").get("/api/catalogue").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aRoleHolderCannotSeeOrCompleteAnotherGroupsTask() {
    String businessKey = "isolation-" + System.nanoTime();
    assertThat(
            RestClient.as(http, "tina")
                .submitStartForm(ProgrammeModel.KEY, businessKey, StartUpAnswers.start())
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    JsonNode tinasTasks =
        RestClient.as(http, "tina").tasks("processInstanceBusinessKey=" + businessKey);
    assertThat(tinasTasks).hasSize(1);
    String taskId = tinasTasks.get(0).path("id").asText();

    RestClient ivan = RestClient.as(http, "ivan");
    assertThat(ivan.tasks("processInstanceBusinessKey=" + businessKey)).isEmpty();
    assertThat(ivan.get("/engine-rest/task/" + taskId).getStatusCode().value()).isIn(403, 404);
    assertThat(ivan.submitTaskForm(taskId, StartUpAnswers.understanding()).getStatusCode().value())
        .isIn(403, 404);
    assertThat(ivan.completeTask(taskId, StartUpAnswers.understanding()).getStatusCode().value())
        .isIn(403, 404);

    assertThat(taskService.createTaskQuery().taskId(taskId).count())
        .as("the task stays open")
        .isEqualTo(1);
    assertThat(taskService.getVariable(taskId, StartUpModel.PRINCIPLES_UNDERSTOOD.name())).isNull();
    assertThat(RestClient.as(http, "demo").tasks("processInstanceBusinessKey=" + businessKey))
        .as("the administrator sees every task")
        .hasSize(1);
  }
}
