package dev.pathway.monitoring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pathway.catalogue.Activity;
import dev.pathway.catalogue.Area;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.documents.EvidenceLinks;
import dev.pathway.phase.ActivityRecord;
import dev.pathway.phase.ActivityRecordRepository;
import dev.pathway.phase.Outcome;
import dev.pathway.phase.PhasePlanRepository;
import dev.pathway.phase.PhasePlanRepository.PlannedInPhase;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Table B.1 as a heatmap: 21 process areas × 3 phases, each cell the share achieved of what the
 * phase planned for the area, with its activities: outcome, evidence, who and when. A phase not
 * planned yet shows the activities Table B.1 marks for it, none recorded.
 */
@Component
class Heatmap {

  static final String OPEN = "open";
  static final String NOT_STARTED = "not-started";

  /** "not-applicable-pending" or "not-applicable-refused": the board has not approved it. */
  static final String NOT_APPLICABLE_UNDECIDED = "not-applicable-";

  private final Catalogue catalogue;
  private final PhasePlanRepository plans;
  private final ActivityRecordRepository records;
  private final EvidenceLinks evidence;

  Heatmap(
      Catalogue catalogue,
      PhasePlanRepository plans,
      ActivityRecordRepository records,
      EvidenceLinks evidence) {
    this.catalogue = catalogue;
    this.plans = plans;
    this.records = records;
    this.evidence = evidence;
  }

  List<PhaseColumn> of(String implementationId) {
    List<ActivityRecord> all = records.ofImplementation(implementationId);
    Map<String, List<String>> documents = evidence.linkedTo(implementationId);
    return IntStream.rangeClosed(1, Catalogue.PHASE_COUNT)
        .mapToObj(phase -> column(implementationId, phase, all, documents))
        .toList();
  }

  private PhaseColumn column(
      String implementationId,
      int phase,
      List<ActivityRecord> all,
      Map<String, List<String>> documents) {
    Map<String, PlannedInPhase> planned =
        plans.planOfPhase(implementationId, phase).stream()
            .collect(Collectors.toMap(PlannedInPhase::activityId, Function.identity()));
    Map<String, ActivityRecord> latest =
        ActivityRecord.latestByActivity(
            all.stream().filter(record -> record.phase() == phase).toList());
    boolean started = !planned.isEmpty();
    List<Cell> cells =
        catalogue.areas().stream()
            .map(area -> cell(area, phase, started, planned, latest, documents))
            .toList();
    return new PhaseColumn(phase, started, cells);
  }

  private Cell cell(
      Area area,
      int phase,
      boolean started,
      Map<String, PlannedInPhase> planned,
      Map<String, ActivityRecord> latest,
      Map<String, List<String>> documents) {
    List<Activity> activities =
        catalogue.activities().stream()
            .filter(activity -> activity.area().id().equals(area.id()))
            .filter(
                activity ->
                    started ? planned.containsKey(activity.id()) : activity.isMarkedFor(phase))
            .toList();
    List<ActivityLine> lines =
        activities.stream()
            .map(
                activity ->
                    started
                        ? line(
                            activity,
                            planned.get(activity.id()),
                            latest.get(activity.id()),
                            documents)
                        : ActivityLine.notStarted(activity))
            .toList();
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    lines.stream()
        .filter(line -> line.result() != null)
        .forEach(line -> counts.merge(line.result(), 1, Integer::sum));
    int open =
        (int)
            lines.stream()
                .filter(
                    line ->
                        OPEN.equals(line.outcome())
                            || line.outcome().startsWith(NOT_APPLICABLE_UNDECIDED))
                .count();
    return new Cell(area.id(), area.name(), started ? lines.size() : 0, open, counts, lines);
  }

  private static ActivityLine line(
      Activity activity,
      PlannedInPhase planned,
      ActivityRecord record,
      Map<String, List<String>> documents) {
    if (record == null || record.round() < planned.lastRound()) {
      return new ActivityLine(
          activity.id(),
          activity.label(),
          activity.text(),
          OPEN,
          null,
          planned.lastRound(),
          null,
          null,
          null,
          null,
          null);
    }
    List<String> linked = documents.get(record.taskId());
    // "not applicable" counts only once the implementation board approved it; until then it is open
    boolean undecided = record.outcome() == Outcome.NOT_APPLICABLE && !record.isFinished();
    return new ActivityLine(
        activity.id(),
        activity.label(),
        activity.text(),
        undecided
            ? NOT_APPLICABLE_UNDECIDED + record.notApplicable().decision().value()
            : record.outcome().value(),
        undecided ? null : record.outcome(),
        record.round(),
        record.evidence(),
        linked == null ? null : String.join(", ", linked),
        record.justification(),
        record.completedBy(),
        record.completedAt().toString());
  }

  /** One phase of Table B.1: whether it is planned yet, and one cell per process area. */
  record PhaseColumn(int phase, boolean planned, List<Cell> cells) {}

  /**
   * One process area in one phase.
   *
   * @param planned the activities the phase planned for the area (0 while the phase has no plan)
   */
  record Cell(
      String areaId,
      String area,
      int planned,
      int open,
      @JsonIgnore Map<Outcome, Integer> counts,
      List<ActivityLine> activities) {

    @JsonProperty
    public int achieved() {
      return counts.getOrDefault(Outcome.ACHIEVED, 0);
    }

    @JsonProperty
    public int partiallyAchieved() {
      return counts.getOrDefault(Outcome.PARTIALLY_ACHIEVED, 0);
    }

    @JsonProperty
    public int notAchieved() {
      return counts.getOrDefault(Outcome.NOT_ACHIEVED, 0);
    }

    @JsonProperty
    public int notApplicable() {
      return counts.getOrDefault(Outcome.NOT_APPLICABLE, 0);
    }

    /** Achieved ÷ (planned − not applicable); none while nothing in the cell applies. */
    @JsonProperty
    public Double share() {
      int applicable = planned - notApplicable();
      return applicable <= 0 ? null : Forecast.round((double) achieved() / applicable);
    }
  }

  /**
   * An activity in a cell: its latest outcome in the phase ({@code open} while its last planned
   * round has no record, {@code not-started} while the phase has no plan), evidence, who and when.
   */
  record ActivityLine(
      String activityId,
      String label,
      String text,
      String outcome,
      @JsonIgnore Outcome result,
      Integer round,
      String evidence,
      String documents,
      String justification,
      String completedBy,
      String completedAt) {

    static ActivityLine notStarted(Activity activity) {
      return new ActivityLine(
          activity.id(),
          activity.label(),
          activity.text(),
          NOT_STARTED,
          null,
          null,
          null,
          null,
          null,
          null,
          null);
    }
  }
}
