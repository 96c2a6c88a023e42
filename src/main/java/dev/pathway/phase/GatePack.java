package dev.pathway.phase;

import dev.pathway.catalogue.Activity;
import dev.pathway.catalogue.Catalogue;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * What the board sees at a gate besides the counts: the unfinished activities, the key
 * characteristics of Table 2 not met (by name), and the activities carried into the phase or
 * deferred from it, each with its status at the gate.
 */
@Component
class GatePack {

  static final String CARRIED_IN = "carried-in";
  static final String DEFERRED = "deferred";
  static final String OPEN = "open";

  private final Catalogue catalogue;
  private final PhaseResults results;
  private final PhaseReports reports;
  private final PhasePlanRepository plans;

  GatePack(
      Catalogue catalogue, PhaseResults results, PhaseReports reports, PhasePlanRepository plans) {
    this.catalogue = catalogue;
    this.results = results;
    this.reports = reports;
    this.plans = plans;
  }

  /**
   * @param met the values of the key characteristics the achievement analysis ticked
   * @param deferred the activities the plan adjustment moved to the next phase
   */
  Contents of(String implementationId, int phase, Collection<String> met, List<String> deferred) {
    Map<String, ActivityRecord> latest = results.latest(implementationId, phase);
    Set<String> ticked = new HashSet<>(met);
    List<Map<String, String>> options = reports.keyCharacteristicOptions(phase);
    List<Map<String, String>> unmet =
        options.stream().filter(option -> !ticked.contains(option.get("value"))).toList();
    PhaseResults.Snapshot snapshot = results.of(implementationId, phase);
    List<GateRecord.ActivityItem> unfinished =
        snapshot.unfinished().stream().map(id -> item(id, status(latest.get(id)))).toList();
    List<GateRecord.CarriedItem> carried =
        Stream.concat(
                plans.activityIdsOf(implementationId, phase, PlanOrigin.CARRIED_OVER).stream()
                    .sorted()
                    .map(id -> carried(id, CARRIED_IN, status(latest.get(id)))),
                deferred.stream().map(id -> carried(id, DEFERRED, DEFERRED)))
            .toList();
    return new Contents(snapshot.planned(), unfinished, unmet, options.size(), carried);
  }

  private GateRecord.ActivityItem item(String activityId, String status) {
    Activity activity = catalogue.activity(activityId);
    return new GateRecord.ActivityItem(
        activityId, activity.reference(), activity.area().name(), status);
  }

  private GateRecord.CarriedItem carried(String activityId, String how, String status) {
    Activity activity = catalogue.activity(activityId);
    return new GateRecord.CarriedItem(
        activityId, activity.reference(), activity.area().name(), how, status);
  }

  private static String status(ActivityRecord record) {
    return record == null ? OPEN : record.outcome().value();
  }

  /**
   * @param activityCount the activities planned in the phase
   * @param unmetCharacteristics options {value "area-id#n", label "Area: text"} not ticked
   * @param characteristicCount how many key characteristics the phase has in all
   */
  record Contents(
      int activityCount,
      List<GateRecord.ActivityItem> unfinished,
      List<Map<String, String>> unmetCharacteristics,
      int characteristicCount,
      List<GateRecord.CarriedItem> carried) {}
}
