package dev.pathway.phase;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.forms.FieldProblem;
import dev.pathway.forms.Submission;
import dev.pathway.forms.SubmissionRule;
import dev.pathway.forms.SubmissionValidator;
import dev.pathway.tasks.VariableValues;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Adjust the plan for Phase N": the project team may move planned activities to the next phase. They leave this
 * phase's plan before its activity tasks are created and are carried into the next phase with what is not achieved.
 */
@Component("planAdjustment")
public class PlanAdjustment implements SubmissionRule {

  static final String FORM = "phase-plan-adjustment";
  static final String DEFERRED = "deferredActivities";
  static final String OPTIONS = "plannedActivityOptions";

  private final Catalogue catalogue;
  private final PhasePlanRepository plans;

  PlanAdjustment(Catalogue catalogue, PhasePlanRepository plans) {
    this.catalogue = catalogue;
    this.plans = plans;
  }

  /** The planned activities as options for the form: "Incident management (including request fulfilment) a): text". */
  List<Map<String, String>> options(List<PlannedActivity> plan) {
    return plan.stream().map(planned -> catalogue.activity(planned.activityId()))
        .map(activity -> Map.of("value", activity.id(), "label", activity.reference() + ": " + shorten(activity.text())))
        .toList();
  }

  public void apply(DelegateTask task) {
    List<String> deferred = VariableValues.stringList(task, DEFERRED);
    if (!deferred.isEmpty()) {
      plans.remove(PhaseVariables.implementationId(task), PhaseVariables.phase(task), PhaseVariables.round(task), deferred);
    }
    task.setVariable(DEFERRED, VariableValues.jsonList(deferred));
  }

  @Override
  public boolean appliesTo(String formId) {
    return FORM.equals(formId);
  }

  @Override
  public List<FieldProblem> check(Submission submission) {
    Object deferred = submission.value(DEFERRED);
    boolean movesSomething = deferred instanceof Collection<?> list && !list.isEmpty();
    if (movesSomething && Objects.equals(String.valueOf(submission.existingVariable(PhaseVariables.PHASE)), "3")) {
      return List.of(SubmissionValidator.problem(submission.form(), DEFERRED,
          "must be empty: Phase 3 is the last phase, nothing can move to a later one"));
    }
    return List.of();
  }

  private static String shorten(String text) {
    return text.length() <= 90 ? text : text.substring(0, 89) + "…";
  }
}
