package dev.pathway.phase;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.programme.ProgrammeModel;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The multi-instance collection of each process area in the phase model: the area's activities in
 * the current plan.
 */
@Component("phasePlans")
public class PhasePlans {

  private final PhasePlanRepository plans;
  private final Map<String, Integer> tableOrder;

  PhasePlans(PhasePlanRepository plans, Catalogue catalogue) {
    this.plans = plans;
    List<String> ids = catalogue.activities().stream().map(activity -> activity.id()).toList();
    this.tableOrder = ids.stream().collect(Collectors.toMap(Function.identity(), ids::indexOf));
  }

  public List<String> activities(DelegateExecution execution, String areaId) {
    return plans
        .activityIds(
            ProgrammeModel.IMPLEMENTATION_ID.get(execution),
            PhaseModel.PHASE.get(execution),
            PhaseModel.ROUND.get(execution),
            areaId)
        .stream()
        .sorted(Comparator.comparing(tableOrder::get))
        .toList();
  }
}
