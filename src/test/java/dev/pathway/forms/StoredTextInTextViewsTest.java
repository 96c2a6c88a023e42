package dev.pathway.forms;

import static dev.pathway.support.StartUpAnswers.sendBack;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.startup.StartUpModel;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import dev.pathway.support.Scenario;
import dev.pathway.support.StartUpAnswers;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A reason for sending something back reaches the next person's form as the words typed: markup in
 * it is shown, never rendered as an image or a link; what is stored stays as sent.
 */
@PathwayTest
class StoredTextInTextViewsTest {

  private static final String REASON =
      "Cost <img src=x onerror=alert(1)> too high: ![logo](https://evil.example/x.png) see [here](javascript:alert(2))";

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate http;

  @Test
  void aSentBackReasonWithMarkupIsShownAsTyped() {
    Scenario scenario = new Scenario(engine);
    scenario.startProgramme("tina", StartUpAnswers.start());
    scenario.complete("tina", StartUpModel.UNDERSTANDING_TASK, StartUpAnswers.understanding());
    scenario.complete(
        "paul",
        StartUpModel.GAP_ANALYSIS_BUSINESS_CASE_TASK,
        StartUpAnswers.gapAnalysisBusinessCase());
    scenario.complete(
        "tina",
        StartUpModel.GAP_ANALYSIS_BUSINESS_CASE_DECISION_TASK,
        sendBack(
            StartUpModel.GAP_ANALYSIS_APPROVAL.name(),
            StartUpModel.GAP_ANALYSIS_BUSINESS_CASE_RETURN_REASON.name(),
            REASON));
    Task again = scenario.task(StartUpModel.GAP_ANALYSIS_BUSINESS_CASE_TASK);

    JsonNode variables =
        RestClient.as(http, "paul")
            .getJson("/engine-rest/task/" + again.getId() + "/form-variables");
    String shown =
        variables
            .path(StartUpModel.GAP_ANALYSIS_BUSINESS_CASE_RETURN_REASON.name())
            .path("value")
            .asText();
    assertThat(shown)
        .doesNotContain("<img", "![", "](")
        .contains("&lt;img src=x onerror=alert\\(1\\)&gt;")
        .contains("\\!\\[logo\\]\\(https://evil.example/x.png\\)");
    assertThat(variables.path("standardText").path("value").asText())
        .as("the standard's text is shown as the catalogue holds it")
        .doesNotContain("&lt;");
    assertThat(
            engine
                .getTaskService()
                .getVariable(
                    again.getId(), StartUpModel.GAP_ANALYSIS_BUSINESS_CASE_RETURN_REASON.name()))
        .as("stored as sent")
        .isEqualTo(REASON);
  }
}
