package dev.pathway.scope;

import dev.pathway.catalogue.Area;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.phase.ActivityRecord;
import dev.pathway.phase.ActivityRecordRepository;
import dev.pathway.phase.Tailoring;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Clause 5.5: the extended scope follows the phased plan again, "normally faster as the service provider ... may
 * extend what has already been done". Each area's current state in the gap analysis of the extended scope starts
 * from what the current implementation recorded: established when every activity of the area (in all phases) has
 * been achieved or found not applicable, partly when some have, none otherwise. The project team can change it.
 */
@Component("scopeExtension")
public class ScopeExtension implements JavaDelegate {

  static final String BASE = "baseImplementation";
  private static final List<String> CARRIED_FROM_BASE = List.of("serviceProvider", "serviceOwners", "processOwners");

  private final Catalogue catalogue;
  private final BaseImplementations bases;
  private final ActivityRecordRepository records;

  ScopeExtension(Catalogue catalogue, BaseImplementations bases, ActivityRecordRepository records) {
    this.catalogue = catalogue;
    this.bases = bases;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String baseId = bases.find(String.valueOf(execution.getVariable(BASE)))
        .orElseThrow(() -> new IllegalStateException("No implementation " + execution.getVariable(BASE)));
    Map<String, ActivityRecord> latest = records.ofImplementation(baseId).stream()
        .sorted(Comparator.comparingInt(ActivityRecord::phase).thenComparingInt(ActivityRecord::round)
            .thenComparing(ActivityRecord::completedAt))
        .collect(Collectors.toMap(ActivityRecord::activityId, Function.identity(), (earlier, later) -> later,
            LinkedHashMap::new));
    execution.setVariable("baseImplementationId", baseId);
    execution.setVariable("scopeStatement", execution.getVariable("extendedScopeStatement"));
    // the same organisation: its provider name and its service and process owners carry over to the extended scope
    for (String carried : CARRIED_FROM_BASE) {
      execution.setVariable(carried, bases.variable(baseId, carried));
    }
    for (Area area : catalogue.areas()) {
      execution.setVariable(Tailoring.stateVariable(area), stateOf(area, latest));
    }
  }

  static String stateOf(Area area, Map<String, ActivityRecord> latest) {
    long finished = area.activities().stream().map(activity -> latest.get(activity.id()))
        .filter(record -> record != null && record.outcome().isFinished()).count();
    if (finished == 0) {
      return "none";
    }
    return finished == area.activities().size() ? "established" : "partly";
  }
}
