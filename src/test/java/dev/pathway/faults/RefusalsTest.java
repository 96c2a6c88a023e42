package dev.pathway.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.phase.ActivityRecordRepository;
import dev.pathway.phase.Outcome;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import dev.pathway.support.StartUpAnswers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What people are told when the engine refuses: a clear 4xx, never 500 with SQL or the engine's
 * internals.
 */
@PathwayTest
class RefusalsTest {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;
  @Autowired ActivityRecordRepository records;

  @Test
  void completingATaskThatDoesNotExistIs404() {
    RestClient ivan = RestClient.as(http, "ivan");
    for (ResponseEntity<String> answer :
        List.of(
            ivan.completeTask("no-such-task", Implementation.answer(Outcome.ACHIEVED)),
            ivan.submitTaskForm("no-such-task", Implementation.answer(Outcome.ACHIEVED)))) {
      assertThat(answer.getStatusCode().value()).isEqualTo(404);
      assertThat(RestClient.json(answer.getBody()).path("message").asText())
          .contains("Task no-such-task does not exist (or was completed already)")
          .doesNotContain("is null");
    }
  }

  @Test
  void theSameTaskCompletedTwiceAtTheSameMomentIsDoneOnceAndTheSecondIsTold() throws Exception {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    List<Task> tasks = implementation.activityTasks().subList(0, 5);
    ExecutorService twoPeople = Executors.newFixedThreadPool(2);
    try {
      for (Task task : tasks) {
        RestClient person =
            RestClient.as(http, implementation.memberOf(implementation.candidateGroups(task)));
        CyclicBarrier atOnce = new CyclicBarrier(2);
        List<Future<ResponseEntity<String>>> both = new ArrayList<>();
        for (int click = 0; click < 2; click++) {
          both.add(
              twoPeople.submit(
                  () -> {
                    atOnce.await(30, TimeUnit.SECONDS);
                    return person.submitTaskForm(
                        task.getId(), Implementation.answer(Outcome.ACHIEVED));
                  }));
        }
        List<ResponseEntity<String>> answers = new ArrayList<>();
        for (Future<ResponseEntity<String>> answer : both) {
          answers.add(answer.get(60, TimeUnit.SECONDS));
        }
        assertThat(answers)
            .extracting(answer -> answer.getStatusCode().value())
            .containsExactlyInAnyOrder(204, 404);
        String refusal =
            answers.stream()
                .filter(answer -> answer.getStatusCode().value() == 404)
                .findFirst()
                .orElseThrow()
                .getBody();
        assertThat(RestClient.json(refusal).path("message").asText())
            .contains("Task " + task.getId() + " does not exist (or was completed already)");
        FaultTest.assertNoInternals(RestClient.json(refusal).path("message").asText());
      }
    } finally {
      twoPeople.shutdownNow();
    }
    assertThat(records.ofImplementation(implementation.programme().getId())).hasSize(tasks.size());
  }

  @Test
  void aValueTooLongForTheDatabaseIs400WithoutSql() {
    String businessKey = "k".repeat(300);
    ResponseEntity<String> answer =
        RestClient.as(http, "tina")
            .submitStartForm(ProgrammeModel.KEY, businessKey, StartUpAnswers.start());
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(RestClient.json(answer.getBody()).path("message").asText())
        .isEqualTo(Fault.VALUE_DOES_NOT_FIT);
    assertThat(answer.getBody()).doesNotContain("SQL", "ACT_", "###", "org.", "java.");
  }

  @Test
  void pathwaysApiAnswersInTheSameShape() {
    ResponseEntity<String> unknown =
        RestClient.as(http, "bea").get("/api/implementations/no-such-id/progress");
    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    assertThat(RestClient.json(unknown.getBody()).path("message").asText())
        .isEqualTo("No implementation 'no-such-id' that you may read");

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth("bea", "bea");
    ResponseEntity<String> unreadable =
        http.exchange(
            "/api/continual-improvement/no-such-id/schedule",
            HttpMethod.PUT,
            new HttpEntity<>("{\"internalAuditInterval\": ", headers),
            String.class);
    assertThat(unreadable.getStatusCode().value()).isEqualTo(400);
    assertThat(RestClient.json(unreadable.getBody()).path("message").asText())
        .isEqualTo(Fault.UNREADABLE_BODY);
    assertThat(unreadable.getBody()).doesNotContain("jackson", "Jackson", "java.");
  }
}
