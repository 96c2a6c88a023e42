package dev.pathway.phase;

import static dev.pathway.phase.PhaseModel.ACTIVITY_ID;
import static dev.pathway.phase.PhaseModel.PHASE;
import static dev.pathway.phase.PhaseModel.ROUND;
import static dev.pathway.programme.ProgrammeModel.IMPLEMENTATION_ID;

import dev.pathway.catalogue.Activity;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.forms.TaskPresentation;
import dev.pathway.process.TaskTexts;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * What a Table B.1 activity task shows, from the catalogue and the phase plan, when its form is
 * fetched.
 */
@Component
class ActivityPresentation implements TaskPresentation {

  private final Catalogue catalogue;
  private final PhasePlanRepository plans;
  private final PhaseReports reports;

  ActivityPresentation(Catalogue catalogue, PhasePlanRepository plans, PhaseReports reports) {
    this.catalogue = catalogue;
    this.plans = plans;
    this.reports = reports;
  }

  @Override
  public String formId() {
    return ActivityOutcomeRule.FORM;
  }

  @Override
  public Map<String, Object> variables(DelegateTask task) {
    String activityId = ACTIVITY_ID.get(task);
    if (activityId == null) {
      return Map.of();
    }
    Activity activity = catalogue.activity(activityId);
    int phase = PHASE.get(task);
    Map<String, Object> shown = new HashMap<>();
    PhaseModel.ACTIVITY_REFERENCE.into(shown, activity.reference());
    TaskTexts.STANDARD_TEXT.into(
        shown,
        "**Table B.1 "
            + activity.reference()
            + "** "
            + activity.text()
            + "\n\n*Responsibility:* "
            + responsibility(activity));
    PhaseModel.KEY_CHARACTERISTICS.into(shown, reports.keyCharacteristics(activity.area(), phase));
    PhaseModel.PLAN_NOTE.into(shown, reports.activityNote(activity, origin(task, activity), phase));
    return shown;
  }

  String responsibility(Activity activity) {
    return activity.roles().stream()
        .map(role -> catalogue.role(role).name())
        .collect(Collectors.joining(", "));
  }

  /** Why the activity is in this round of the phase's plan. */
  PlanOrigin origin(DelegateTask task, Activity activity) {
    return plans.origin(
        IMPLEMENTATION_ID.get(task), PHASE.get(task), ROUND.get(task), activity.id());
  }
}
