package dev.pathway.phase;

import static dev.pathway.phase.PhaseModel.DEFERRED_ACTIVITIES;
import static dev.pathway.phase.PhaseModel.PHASE;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.forms.FieldProblem;
import dev.pathway.forms.Submission;
import dev.pathway.forms.SubmissionRule;
import dev.pathway.forms.SubmissionValidator;
import dev.pathway.process.TaskTexts;
import dev.pathway.programme.ProgrammeModel;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Adjust the plan for Phase N": the project team may move planned activities to the next phase.
 * They leave this phase's plan before its activity tasks are created and are carried into the next
 * phase with what is not achieved.
 */
@Component("planAdjustment")
public class PlanAdjustment implements SubmissionRule {

  private static final int OPTION_TEXT = 90;

  static final String FORM = "phase-plan-adjustment";

  private final Catalogue catalogue;
  private final PhasePlanRepository plans;

  PlanAdjustment(Catalogue catalogue, PhasePlanRepository plans) {
    this.catalogue = catalogue;
    this.plans = plans;
  }

  /**
   * The planned activities as options for the form: "Incident management (including request
   * fulfilment) a): text".
   */
  List<Map<String, String>> options(List<PlannedActivity> plan) {
    return plan.stream()
        .map(planned -> catalogue.activity(planned.activityId()))
        .map(
            activity ->
                Map.of(
                    "value",
                    activity.id(),
                    "label",
                    activity.reference() + ": " + TaskTexts.shorten(activity.text(), OPTION_TEXT)))
        .toList();
  }

  public void apply(DelegateTask task) {
    List<String> deferred = DEFERRED_ACTIVITIES.get(task);
    if (!deferred.isEmpty()) {
      plans.remove(
          ProgrammeModel.IMPLEMENTATION_ID.get(task),
          PHASE.get(task),
          PhaseModel.ROUND.get(task),
          deferred);
    }
    // stored as the list the next phase reads, whatever form the submission had
    DEFERRED_ACTIVITIES.set(task, deferred);
  }

  @Override
  public boolean appliesTo(String formId) {
    return FORM.equals(formId);
  }

  @Override
  public List<FieldProblem> check(Submission submission) {
    Object deferred = submission.value(DEFERRED_ACTIVITIES.name());
    boolean movesSomething = deferred instanceof Collection<?> list && !list.isEmpty();
    if (movesSomething
        && Objects.equals(
            String.valueOf(submission.existingVariable(PHASE.name())),
            String.valueOf(Catalogue.PHASE_COUNT))) {
      return List.of(
          SubmissionValidator.problem(
              submission.form(),
              DEFERRED_ACTIVITIES.name(),
              "must be empty: Phase 3 is the last phase, nothing can move to a later one"));
    }
    return List.of();
  }
}
