package dev.pathway.startup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.process.TaskTexts;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import dev.pathway.support.StartUpAnswers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * Top management and the project team run the start-up project over REST, each seeing only their
 * own tasks.
 */
@PathwayTest
class StartUpOverRestTest {

  @Autowired TestRestTemplate http;
  @Autowired Catalogue catalogue;

  @Test
  void roleHoldersStartTheProgrammeCompleteAnnexAAndReachTheFirstPhase1Task() {
    String businessKey = "rest-startup-" + System.nanoTime();
    RestClient tina = RestClient.as(http, "tina");
    RestClient paul = RestClient.as(http, "paul");
    assertThat(
            tina.submitStartForm(ProgrammeModel.KEY, businessKey, StartUpAnswers.start())
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);

    complete(tina, businessKey, "Annex A a)", StartUpAnswers.understanding());
    complete(paul, businessKey, "Annex A b)", StartUpAnswers.gapAnalysisBusinessCase());
    complete(tina, businessKey, "Annex A c)", StartUpAnswers.gapAnalysisApproval());
    complete(paul, businessKey, "Annex A d)", StartUpAnswers.gapAnalysis(catalogue, Map.of()));
    complete(paul, businessKey, "Annex A e)", StartUpAnswers.implementationBusinessCase());
    complete(tina, businessKey, "Annex A f)", StartUpAnswers.implementationApproval());
    complete(paul, businessKey, "Annex A g)", StartUpAnswers.implementationPlan());
    complete(tina, businessKey, "Annex A h)", StartUpAnswers.planAgreement(true));

    JsonNode phase1 = paul.tasks("processInstanceBusinessKey=" + businessKey);
    assertThat(phase1).hasSize(1);
    assertThat(phase1.get(0).path("name").asText()).isEqualTo("Adjust the plan for Phase 1");
    assertThat(tina.tasks("processInstanceBusinessKey=" + businessKey))
        .as("not a task for top management")
        .isEmpty();
  }

  private static void complete(
      RestClient user, String businessKey, String expectedName, Map<String, Object> values) {
    JsonNode tasks = user.tasks("processInstanceBusinessKey=" + businessKey);
    assertThat(tasks).as("open tasks of this user").hasSize(1);
    assertThat(tasks.get(0).path("name").asText()).startsWith(expectedName);
    String taskId = tasks.get(0).path("id").asText();
    JsonNode form = user.getJson("/engine-rest/task/" + taskId + "/form-variables");
    assertThat(form.path(TaskTexts.STANDARD_TEXT.name()).path("value").asText())
        .contains("Table A.1 " + expectedName.substring(8));
    assertThat(user.submitTaskForm(taskId, values).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }
}
