package dev.pathway.phase;

import dev.pathway.catalogue.Activity;
import dev.pathway.catalogue.Area;
import dev.pathway.process.ValueSet;
import dev.pathway.programme.CurrentState;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Clause 6: "if the service provider has already implemented processes ... rather than being
 * implemented in Phase 3 the process should be improved during Phase 1. In later phases only
 * improvements need to be implemented." The DMN table {@code area-tailoring} decides, per process
 * area, from the current state the gap analysis recorded; this class turns its decision into the
 * area's activities for the phase.
 */
@Component
public class Tailoring {

  public static final String DECISION = "area-tailoring";

  /** The input and output columns of {@code dmn/area-tailoring.dmn}. */
  private static final String STATE_INPUT = "currentState";

  private static final String PHASE_INPUT = "phase";
  private static final String TREATMENT_OUTPUT = "treatment";

  /** The outputs of {@code dmn/area-tailoring.dmn}. */
  enum Treatment implements ValueSet {
    AS_MARKED("as-marked"),
    BRING_FORWARD("bring-forward"),
    IMPROVEMENTS_ONLY("improvements-only");

    private final String value;

    Treatment(String value) {
      this.value = value;
    }

    @Override
    public String value() {
      return value;
    }
  }

  private final DecisionService decisions;

  Tailoring(DecisionService decisions) {
    this.decisions = decisions;
  }

  List<PlannedActivity> activitiesOf(Area area, int phase, CurrentState currentState) {
    Treatment treatment = decide(currentState, phase);
    return area.activities().stream()
        .filter(
            activity ->
                switch (treatment) {
                  case AS_MARKED -> activity.isMarkedFor(phase);
                  case BRING_FORWARD -> true;
                  case IMPROVEMENTS_ONLY ->
                      activity.isMarkedFor(phase) && markedBefore(activity, phase);
                })
        .map(
            activity ->
                new PlannedActivity(
                    area.id(),
                    activity.id(),
                    activity.isMarkedFor(phase) ? PlanOrigin.TABLE_B1 : PlanOrigin.BROUGHT_FORWARD))
        .toList();
  }

  private static boolean markedBefore(Activity activity, int phase) {
    return activity.phases().stream().anyMatch(marked -> marked < phase);
  }

  private Treatment decide(CurrentState currentState, int phase) {
    Map<String, Object> inputs = Map.of(STATE_INPUT, currentState.value(), PHASE_INPUT, phase);
    String treatment =
        Context.getCommandContext()
            .runWithoutAuthorization(
                () ->
                    decisions
                        .evaluateDecisionTableByKey(DECISION, inputs)
                        .getSingleResult()
                        .getEntry(TREATMENT_OUTPUT));
    return ValueSet.of(Treatment.class, treatment);
  }
}
