package dev.pathway.startup;

import dev.pathway.catalogue.Area;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.programme.CurrentState;
import dev.pathway.programme.ProgrammeModel;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The gap analysis form records the current state of each process area in a field of its own; the
 * phases receive them as one map, {@code ProgrammeModel.CURRENT_STATES}: {@code
 * ${gapAnalysis.currentStates(execution)}} in the mappings of the start-up project and of a scope
 * extension.
 */
@Component("gapAnalysis")
public class GapAnalysis {

  private final Catalogue catalogue;

  GapAnalysis(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** Area id → current state, "none" where the gap analysis recorded nothing; stored as JSON. */
  public Object currentStates(VariableScope scope) {
    Map<String, String> states = new LinkedHashMap<>();
    for (Area area : catalogue.areas()) {
      CurrentState state = StartUpModel.currentStateOf(area).getOrDefault(scope, CurrentState.NONE);
      states.put(area.id(), state.value());
    }
    return ProgrammeModel.CURRENT_STATES.stored(states);
  }
}
