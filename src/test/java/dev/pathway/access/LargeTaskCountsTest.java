package dev.pathway.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Tasklist's count of "My groups' tasks": exact while a user's groups hold fewer than 1,000 open
 * tasks (pathway.task-counts.cached-from), kept for ten seconds (…time-to-live) once they hold
 * more.
 */
@PathwayTest
class LargeTaskCountsTest {

  private static final String FILTER = "My groups' tasks";

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void removeTheTasks() {
    ClockUtil.reset();
    deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
  }

  @Test
  void aCountOfThousandsOfTasksIsKeptForSecondsASmallOneIsAlwaysExact() {
    long hanasBefore = count("hana");
    List<String> hrTasks = createTasks("human-resources", 1_000);
    long hanas = count("hana");
    assertThat(hanas).isEqualTo(hanasBefore + 1_000);

    long ivans = count("ivan");
    assertThat(ivans).as("a small count").isLessThan(1_000);
    String ivansNew = createTasks("incident-management", 1).get(0);
    assertThat(count("ivan")).as("a small count is exact at once").isEqualTo(ivans + 1);
    complete("ivan", ivansNew);
    assertThat(count("ivan")).isEqualTo(ivans);

    complete("hana", hrTasks.get(0));
    assertThat(count("hana")).as("a count of thousands is kept for a while").isEqualTo(hanas);
    assertThat(count("carla"))
        .as("other groups never get a count made for human resources")
        .isLessThan(1_000);

    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 11_000));
    assertThat(count("hana")).as("counted again after ten seconds").isEqualTo(hanas - 1);
  }

  /** Open tasks for a group: a parallel multi-instance task of a small process. */
  private List<String> createTasks(String group, int howMany) {
    String key = "large-count-" + group;
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(key)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("prepare")
            .name("Prepare the records")
            .camundaCandidateGroups(group)
            .multiInstance()
            .parallel()
            .cardinality(Integer.toString(howMany))
            .multiInstanceDone()
            .endEvent()
            .done();
    deployments.add(
        engine
            .getRepositoryService()
            .createDeployment()
            .addModelInstance(key + ".bpmn", model)
            .deploy()
            .getId());
    String instance = engine.getRuntimeService().startProcessInstanceByKey(key, key).getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).list().stream()
        .map(Task::getId)
        .toList();
  }

  private void complete(String user, String taskId) {
    RestClient client = RestClient.as(http, user);
    assertThat(
            client
                .post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user))
                .getStatusCode()
                .is2xxSuccessful())
        .isTrue();
    assertThat(client.completeTask(taskId, Map.of()).getStatusCode().is2xxSuccessful()).isTrue();
  }

  private long count(String user) {
    RestClient client = RestClient.as(http, user);
    String filterId = client.filterId(FILTER);
    return RestClient.json(
            client.post("/engine-rest/filter/" + filterId + "/count", Map.of()).getBody())
        .path("count")
        .asLong();
  }
}
