package dev.pathway.phase;

import dev.pathway.catalogue.Activity;
import dev.pathway.catalogue.Area;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Clause 6: "if the service provider has already implemented processes ... rather than being implemented in Phase 3
 * the process should be improved during Phase 1. In later phases only improvements need to be implemented."
 * The DMN table {@code area-tailoring} decides, per process area, from the current state the gap analysis
 * recorded; this class turns its decision into the area's activities for the phase.
 */
@Component
public class Tailoring {

  public static final String DECISION = "area-tailoring";
  public static final String NOT_RECORDED = "none";

  enum Treatment { AS_MARKED, BRING_FORWARD, IMPROVEMENTS_ONLY }

  private final DecisionService decisions;

  Tailoring(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** The variable of the gap analysis form that holds the current state of an area, e.g. currentStateChangeManagement. */
  public static String stateVariable(Area area) {
    return "currentState" + Stream.of(area.id().split("-"))
        .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
        .collect(Collectors.joining());
  }

  List<PlannedActivity> activitiesOf(Area area, int phase, String currentState) {
    Treatment treatment = decide(currentState == null ? NOT_RECORDED : currentState, phase);
    return area.activities().stream()
        .filter(activity -> switch (treatment) {
          case AS_MARKED -> activity.isMarkedFor(phase);
          case BRING_FORWARD -> true;
          case IMPROVEMENTS_ONLY -> activity.isMarkedFor(phase) && markedBefore(activity, phase);
        })
        .map(activity -> new PlannedActivity(area.id(), activity.id(),
            activity.isMarkedFor(phase) ? PlanOrigin.TABLE_B1 : PlanOrigin.BROUGHT_FORWARD))
        .toList();
  }

  private static boolean markedBefore(Activity activity, int phase) {
    return activity.phases().stream().anyMatch(marked -> marked < phase);
  }

  private Treatment decide(String currentState, int phase) {
    Map<String, Object> inputs = Map.of("currentState", currentState, "phase", phase);
    String treatment = Context.getCommandContext().runWithoutAuthorization(() ->
        decisions.evaluateDecisionTableByKey(DECISION, inputs).getSingleResult().getEntry("treatment"));
    return Treatment.valueOf(treatment.toUpperCase().replace('-', '_'));
  }
}
