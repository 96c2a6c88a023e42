package dev.pathway.improvement;

import static dev.pathway.improvement.ImprovementActionModel.EFFECTIVENESS_RETURN_REASON;
import static dev.pathway.improvement.ImprovementActionModel.FINDING_SOURCE;
import static dev.pathway.improvement.ImprovementActionModel.FINDING_TEXT;
import static dev.pathway.improvement.ImprovementActionModel.PRIORITY;

import dev.pathway.catalogue.Activity;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.process.TaskTexts;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The tasks of an improvement action (Table B.1 "Improvement programme"): prioritised and planned,
 * approved (c): "approved improvements"), implemented, and checked for effectiveness; an action
 * that is not effective is planned again.
 */
@Component("improvementActions")
public class ImprovementActions {

  private static final int NAME_FINDING_LENGTH = 60;
  private static final Map<Priority, Integer> TASK_PRIORITY =
      Map.of(Priority.HIGH, 80, Priority.MEDIUM, 50, Priority.LOW, 30);

  /** A step of the action: the name its task gets and the Table B.1 row it follows. */
  private enum Step {
    PLAN("Prioritise and plan the improvement", "improvement-programme.c"),
    APPROVE("Approve the improvement", "improvement-programme.c"),
    IMPLEMENT("Implement the improvement", "improvement-programme.g.4"),
    CHECK("Check the effectiveness of the improvement", "improvement-programme.g.3");

    private final String name;
    private final String activityId;

    Step(String name, String activityId) {
      this.name = name;
      this.activityId = activityId;
    }
  }

  private final Catalogue catalogue;

  ImprovementActions(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** The plan as approved: priority, owner, target date, measurable target and the plan itself. */
  private static String plan(DelegateTask task) {
    Priority priority = PRIORITY.get(task);
    return "Priority: "
        + (priority == null ? "" : priority.label())
        + "\n\nProcess owner responsible: "
        + ImprovementActionModel.IMPROVEMENT_OWNER.get(task)
        + "\n\nTarget date: "
        + ImprovementActionModel.TARGET_DATE.get(task)
        + "\n\nMeasurable target: "
        + ImprovementActionModel.IMPROVEMENT_TARGET.get(task)
        + "\n\nPlan: "
        + ImprovementActionModel.IMPROVEMENT_PLAN.get(task);
  }

  /**
   * {@code ${improvementActions.present(task, 'plan')}}: the step is named in the model, in lower
   * case.
   */
  public void present(DelegateTask task, String stepName) {
    Step step = Step.valueOf(stepName.toUpperCase());
    String finding = FINDING_TEXT.get(task);
    task.setName(step.name + ": " + TaskTexts.shorten(finding, NAME_FINDING_LENGTH));
    task.setDescription(TaskTexts.description(FINDING_SOURCE.get(task) + ": " + finding));
    Activity activity = catalogue.activity(step.activityId);
    TaskTexts.STANDARD_TEXT.setLocal(
        task, "**Table B.1 " + activity.reference() + "** " + activity.text());
    if (step == Step.CHECK) {
      TaskTexts.startFromBlankReason(task, EFFECTIVENESS_RETURN_REASON);
    }
    if (step == Step.APPROVE) {
      TaskTexts.startFromBlankReason(task, ImprovementActionModel.APPROVAL_RETURN_REASON);
      ImprovementActionModel.IMPROVEMENT_PLAN_TEXT.setLocal(task, plan(task));
    }
    Priority priority = PRIORITY.get(task);
    if (priority != null) {
      task.setPriority(TASK_PRIORITY.get(priority));
    }
  }
}
