package dev.pathway.reminders;

import dev.pathway.process.ProcessVariable;
import dev.pathway.process.TaskTexts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The escalation tasks of the models (a non-interrupting timer on an approval, a gate vote or an
 * achievement analysis that is past its time limit): what is late, for whom, and since when.
 */
@Component("escalations")
public class Escalations {

  /** Task-local: what is late and since when, shown by {@code escalation.form}. */
  public static final ProcessVariable<String> ESCALATION_TEXT =
      ProcessVariable.string("escalationText");

  /** escalation.form: what top management does about it. */
  public static final ProcessVariable<String> ESCALATION_ACTION =
      ProcessVariable.string("escalationAction");

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  public void present(DelegateTask escalation, String lateTaskKey) {
    List<Task> late =
        escalation
            .getProcessEngineServices()
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(escalation.getProcessInstanceId())
            .taskDefinitionKey(lateTaskKey)
            .list();
    String business = escalation.getExecution().getProcessBusinessKey();
    String text;
    if (late.isEmpty()) {
      text = "The task this escalation is about is done already.";
    } else {
      Task first = late.stream().min(Comparator.comparing(Task::getCreateTime)).orElseThrow();
      escalation.setName("Escalation: " + first.getName() + " is late");
      text =
          "\""
              + first.getName()
              + "\" of implementation "
              + business
              + " is late: waiting since "
              + when(first.getCreateTime())
              + dueText(first.getDueDate())
              + ". Remind the people who hold it, name a deputy or change the plan, and say what"
              + " you decided.";
    }
    escalation.setDescription(TaskTexts.description(text));
    ESCALATION_TEXT.setLocal(escalation, text);
  }

  /** Past its due date, or late on its time limit while the due date is ahead (an improvement). */
  private static String dueText(java.util.Date due) {
    if (due == null) {
      return "";
    }
    return (due.after(ClockUtil.getCurrentTime()) ? ", to be done by " : ", due since ")
        + when(due);
  }

  private static String when(java.util.Date date) {
    return WHEN.format(date.toInstant().atZone(ZoneId.systemDefault()));
  }
}
