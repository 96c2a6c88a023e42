package dev.pathway.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.phase.ActivityRecord;
import dev.pathway.phase.ActivityRecordRepository;
import dev.pathway.phase.Outcome;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.springframework.http.ResponseEntity;

/**
 * Role holders complete different activity tasks of one implementation at the same moment: the
 * phase's parallel multi-instance bookkeeping collides in the engine (optimistic locking), and
 * every completion still succeeds.
 */
@PathwayTest
class PeopleWorkingAtTheSameTimeTest {

  private static final int PEOPLE = 16;
  private static final int ROUNDS = 3;

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;
  @Autowired ActivityRecordRepository records;

  @Test
  void sixteenRoleHoldersCompleteSixteenActivityTasksAtOnceThreeTimesOver() throws Exception {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    List<String> answers = new ArrayList<>();
    ExecutorService people = Executors.newFixedThreadPool(PEOPLE);
    try {
      for (int round = 1; round <= ROUNDS; round++) {
        // tasks of the same process areas side by side: several completions land on one
        // multi-instance body
        List<Task> open =
            implementation.activityTasks().stream()
                .sorted(
                    Comparator.comparing((Task task) -> task.getTaskDefinitionKey())
                        .thenComparing(Task::getId))
                .limit(PEOPLE)
                .toList();
        assertThat(open).hasSize(PEOPLE);
        CyclicBarrier atOnce = new CyclicBarrier(PEOPLE);
        List<Future<ResponseEntity<String>>> completions = new ArrayList<>();
        for (Task task : open) {
          RestClient person =
              RestClient.as(http, implementation.memberOf(implementation.candidateGroups(task)));
          Map<String, Object> answer = Implementation.answer(Outcome.ACHIEVED);
          completions.add(
              people.submit(
                  () -> {
                    atOnce.await(30, TimeUnit.SECONDS);
                    return person.submitTaskForm(task.getId(), answer);
                  }));
        }
        for (Future<ResponseEntity<String>> completion : completions) {
          ResponseEntity<String> response = completion.get(120, TimeUnit.SECONDS);
          answers.add(
              response.getStatusCode().value()
                  + (response.getBody() == null ? "" : " " + response.getBody()));
        }
      }
    } finally {
      people.shutdownNow();
    }

    assertThat(answers)
        .hasSize(PEOPLE * ROUNDS)
        .allSatisfy(answer -> assertThat(answer).isEqualTo("204"));
    List<ActivityRecord> recorded = records.ofImplementation(implementation.programme().getId());
    assertThat(recorded).hasSize(PEOPLE * ROUNDS);
    assertThat(recorded).extracting(ActivityRecord::taskId).doesNotHaveDuplicates();
  }
}
