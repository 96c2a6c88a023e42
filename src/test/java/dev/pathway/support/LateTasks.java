package dev.pathway.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pathway.reminders.Escalations;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * A late task on the engine's clock: the non-interrupting timer of its time limit, fired at a
 * moment; the escalation it opens, with its candidate groups, answered as its holder does in
 * Tasklist.
 */
public final class LateTasks {

  private LateTasks() {}

  /** The timer of a late task (its boundary event's id) in a process instance. */
  public static Job timer(ProcessEngine engine, String processInstanceId, String timerId) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(processInstanceId)
        .activityId(timerId)
        .singleResult();
  }

  /**
   * The timer is due at {@code due} (its time limit after the task arrived), and fires {@code
   * later} after that on the engine's clock.
   */
  public static void fireAfter(
      ProcessEngine engine, String processInstanceId, String timerId, Instant due, Duration later) {
    assertThat(timer(engine, processInstanceId, timerId).getDuedate())
        .as("the time limit of the late task")
        .isEqualTo(Date.from(due));
    fire(engine, processInstanceId, timerId, due.plus(later));
  }

  /** The engine's clock moved to {@code at}, and the timer fired then. */
  public static void fire(
      ProcessEngine engine, String processInstanceId, String timerId, Instant at) {
    ClockUtil.setCurrentTime(Date.from(at));
    engine.getManagementService().executeJob(timer(engine, processInstanceId, timerId).getId());
  }

  public static List<String> candidateGroups(ProcessEngine engine, Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(Objects::nonNull)
        .toList();
  }

  /** The escalation closed with what was decided, over the engine REST API (204). */
  public static void answer(TestRestTemplate http, String user, Task escalation, String decided) {
    assertThat(
            RestClient.as(http, user)
                .submitTaskForm(
                    escalation.getId(), Map.of(Escalations.ESCALATION_ACTION.name(), decided))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }
}
