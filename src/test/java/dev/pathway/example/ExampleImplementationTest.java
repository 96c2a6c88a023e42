package dev.pathway.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.phase.PhaseModel;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import java.util.Date;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A newcomer's first look shows real content: the demo profile's example implementation is part-way
 * through Phase 2 with Annex A, a Phase 1 gate decided by votes, evidence and overdue work behind
 * it, and it is made once per database.
 */
@PathwayTest
class ExampleImplementationTest {

  @Autowired ProcessEngine engine;
  @Autowired ExampleImplementation example;
  @Autowired TestRestTemplate http;

  @Test
  void theExampleIsPartWayThroughPhaseTwoWithAHistoryBehindIt() {
    example.createOnce();
    assertThat(example.exists()).isTrue();

    ProcessInstance programme =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(ExampleImplementation.BUSINESS_KEY)
            .processDefinitionKey("sms-implementation")
            .singleResult();
    JsonNode progress =
        RestClient.as(http, "bea")
            .getJson("/api/implementations/" + programme.getId() + "/progress");

    JsonNode gate = progress.get("gates").get(0);
    assertThat(gate.get("phase").asInt()).isEqualTo(1);
    assertThat(gate.get("votes"))
        .extracting(vote -> vote.get("voter").asText())
        .containsExactlyInAnyOrder("bea", "ben");
    JsonNode phaseOne = progress.get("phases").get(0);
    assertThat(phaseOne.get("recorded").asInt()).isEqualTo(phaseOne.get("planned").asInt());
    JsonNode phaseTwo = progress.get("phases").get(1);
    assertThat(phaseTwo.get("recorded").asInt())
        .as("some of Phase 2 done, most still open")
        .isPositive()
        .isLessThan(phaseTwo.get("planned").asInt());

    JsonNode register =
        RestClient.as(http, "bea")
            .getJson("/api/implementations/" + programme.getId() + "/register");
    List<JsonNode> achievedInPhaseOne =
        StreamSupport.stream(register.spliterator(), false)
            .filter(row -> row.get("phase").asInt() == 1)
            .filter(row -> row.get("outcome").asText().equals("achieved"))
            .toList();
    assertThat(achievedInPhaseOne)
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row.get("evidence").asText()).startsWith("SMS handbook"));
    assertThat(register)
        .anySatisfy(
            row -> assertThat(row.path("notApplicableDecision").asText()).isEqualTo("approved"));

    List<Task> overdue =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(ExampleImplementation.BUSINESS_KEY)
            .dueBefore(new Date())
            .list();
    assertThat(overdue)
        .isNotEmpty()
        .allSatisfy(
            task -> assertThat(PhaseModel.isActivityTask(task.getTaskDefinitionKey())).isTrue());

    long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    example.createOnce();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count())
        .as("made once per database")
        .isEqualTo(instances);
  }
}
