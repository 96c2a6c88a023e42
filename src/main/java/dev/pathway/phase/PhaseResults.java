package dev.pathway.phase;

import dev.pathway.catalogue.Area;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.phase.PhasePlanRepository.PlannedInPhase;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Results of a phase per process area, from the latest recorded outcome of each planned activity.
 */
@Component
public class PhaseResults {

  private final Catalogue catalogue;
  private final PhasePlanRepository plans;
  private final ActivityRecordRepository records;

  PhaseResults(Catalogue catalogue, PhasePlanRepository plans, ActivityRecordRepository records) {
    this.catalogue = catalogue;
    this.plans = plans;
    this.records = records;
  }

  /** Activity id → its latest record in the phase (a later round overrides an earlier one). */
  public Map<String, ActivityRecord> latest(String implementationId, int phase) {
    return ActivityRecord.latestByActivity(
        records.ofImplementation(implementationId).stream()
            .filter(record -> record.phase() == phase)
            .toList());
  }

  /** What a phase has achieved so far: the plan and the latest records are read once. */
  public Snapshot of(String implementationId, int phase) {
    Map<String, ActivityRecord> latest = latest(implementationId, phase);
    List<PlannedInPhase> planned = plans.planOfPhase(implementationId, phase);
    Map<String, List<PlannedInPhase>> plannedByArea =
        planned.stream().collect(Collectors.groupingBy(PlannedInPhase::areaId));
    List<AreaResult> areas =
        catalogue.areas().stream()
            .map(area -> result(area, plannedByArea.getOrDefault(area.id(), List.of()), latest))
            .toList();
    Set<String> plannedIds =
        planned.stream().map(PlannedInPhase::activityId).collect(Collectors.toSet());
    List<String> unfinished =
        catalogue.activities().stream()
            .map(activity -> activity.id())
            .filter(plannedIds::contains)
            .filter(id -> latest.get(id) == null || !latest.get(id).isFinished())
            .toList();
    return new Snapshot(areas, unfinished);
  }

  /**
   * @param areas one result per area of Table B.1, in table order, including areas with nothing
   *     planned
   * @param unfinished the planned activities whose latest outcome is not achieved nor not
   *     applicable as the implementation board approved, in table order
   */
  public record Snapshot(List<AreaResult> areas, List<String> unfinished) {

    public int planned() {
      return areas.stream().mapToInt(AreaResult::planned).sum();
    }
  }

  /** "Not applicable" that the implementation board has not approved counts as open. */
  private static boolean awaitsOrLacksTheBoard(ActivityRecord record) {
    return record.outcome() == Outcome.NOT_APPLICABLE && !record.isFinished();
  }

  private static AreaResult result(
      Area area, List<PlannedInPhase> planned, Map<String, ActivityRecord> latest) {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    latest.values().stream()
        .filter(record -> record.areaId().equals(area.id()))
        .forEach(record -> counts.merge(record.outcome(), 1, Integer::sum));
    int open =
        (int)
            planned.stream()
                .filter(
                    activity ->
                        latest.get(activity.activityId()) == null
                            || latest.get(activity.activityId()).round() < activity.lastRound()
                            || awaitsOrLacksTheBoard(latest.get(activity.activityId())))
                .count();
    int undecided =
        (int)
            latest.values().stream()
                .filter(record -> record.areaId().equals(area.id()))
                .filter(PhaseResults::awaitsOrLacksTheBoard)
                .count();
    return new AreaResult(area.id(), area.name(), planned.size(), open, counts, undecided);
  }
}
