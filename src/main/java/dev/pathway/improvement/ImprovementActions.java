package dev.pathway.improvement;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.tasks.TaskTexts;
import dev.pathway.tasks.VariableValues;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The tasks of an improvement action (Table B.1 "Improvement programme"): prioritised and planned, implemented, and
 * checked for effectiveness; an action that is not effective is planned again.
 */
@Component("improvementActions")
public class ImprovementActions {

  private static final Map<String, Integer> PRIORITY = Map.of("high", 80, "medium", 50, "low", 30);
  private static final Map<String, String> STEP_NAMES = Map.of(
      "plan", "Prioritise and plan the improvement",
      "implement", "Implement the improvement",
      "check", "Check the effectiveness of the improvement");
  private static final Map<String, String> STEP_ACTIVITIES = Map.of(
      "plan", "improvement-programme.c",
      "implement", "improvement-programme.g.4",
      "check", "improvement-programme.g.3");

  private final Catalogue catalogue;

  ImprovementActions(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  public void present(DelegateTask task, String step) {
    String finding = VariableValues.text(task, "findingText");
    task.setName(STEP_NAMES.get(step) + ": " + shorten(finding));
    task.setDescription(TaskTexts.description(VariableValues.text(task, "findingSource") + ": " + finding));
    var activity = catalogue.activity(STEP_ACTIVITIES.get(step));
    task.setVariableLocal(TaskTexts.STANDARD_TEXT, "**Table B.1 " + activity.reference() + "** " + activity.text());
    if ("check".equals(step)) {
      task.setVariable("effectivenessReturnReason", null);
    }
    Object priority = task.getVariable("priority");
    if (priority != null) {
      task.setPriority(PRIORITY.getOrDefault(priority.toString(), 50));
    }
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 59) + "…";
  }
}
