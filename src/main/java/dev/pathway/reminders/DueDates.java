package dev.pathway.reminders;

import dev.pathway.improvement.ImprovementActionModel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The due date and follow-up date of every user task, set when it is created: a date the model or
 * its own listener already set (a phase's activities: the phase's target end) stays; an improvement
 * action's tasks are due on its target date; every other task gets the time limit of its kind
 * ({@code pathway.due-dates.*}). The follow-up date is {@code follow-up-before} ahead of the due
 * date, never before the task was created.
 */
@Component("dueDates")
public class DueDates {

  private final DueDateProperties properties;

  DueDates(DueDateProperties properties) {
    this.properties = properties;
  }

  /** The time limit of a kind of task as written in the configuration, for the models' timers. */
  public String limitOf(String kind) {
    return properties.limitText(TaskKind.ofProperty(kind));
  }

  void apply(DelegateTask task) {
    ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault());
    if (task.getDueDate() == null) {
      Date target = improvementTarget(task);
      task.setDueDate(
          target != null
              ? target
              : Date.from(
                  now.plus(properties.limit(TaskKind.of(task.getTaskDefinitionKey())))
                      .toInstant()));
    }
    if (task.getFollowUpDate() == null) {
      ZonedDateTime followUp =
          task.getDueDate()
              .toInstant()
              .atZone(ZoneId.systemDefault())
              .minus(properties.followUpBefore());
      task.setFollowUpDate(Date.from((followUp.isBefore(now) ? now : followUp).toInstant()));
    }
  }

  private static Date improvementTarget(DelegateTask task) {
    String definition = task.getProcessDefinitionId();
    if (definition == null || !definition.startsWith(ImprovementActionModel.KEY + ":")) {
      return null;
    }
    return startOf(ImprovementActionModel.TARGET_DATE.get(task));
  }

  /** A date as the forms submit it (YYYY-MM-DD, possibly with a time), at the start of that day. */
  static Date startOf(String date) {
    if (date == null || date.length() < 10) {
      return null;
    }
    try {
      return Date.from(
          LocalDate.parse(date.substring(0, 10)).atStartOfDay(ZoneId.systemDefault()).toInstant());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
