package dev.pathway.phase;

import static dev.pathway.phase.GateModel.APPROVALS_REQUIRED;
import static dev.pathway.phase.PhaseModel.CARRY_OVER;
import static dev.pathway.phase.PhaseModel.PHASE;
import static dev.pathway.phase.PhaseModel.PHASE_OBJECTIVES;
import static dev.pathway.phase.PhaseModel.ROUND;

import dev.pathway.catalogue.Area;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.process.ValueSet;
import dev.pathway.programme.CurrentState;
import dev.pathway.programme.ProgrammeModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Plans a phase: in its first round the tailored Table B.1 activities plus what the previous phase
 * carried over; when the board extends the phase, a further round with the activities that are not
 * finished.
 */
@Component("phasePlanner")
public class PhasePlanner implements JavaDelegate {

  private final Catalogue catalogue;
  private final Tailoring tailoring;
  private final PhasePlanRepository plans;
  private final ActivityRecordRepository records;
  private final PhaseReports reports;
  private final GovernanceProperties governance;
  private final PlanAdjustment adjustment;

  PhasePlanner(
      Catalogue catalogue,
      Tailoring tailoring,
      PhasePlanRepository plans,
      ActivityRecordRepository records,
      PhaseReports reports,
      GovernanceProperties governance,
      PlanAdjustment adjustment) {
    this.catalogue = catalogue;
    this.tailoring = tailoring;
    this.plans = plans;
    this.records = records;
    this.reports = reports;
    this.governance = governance;
    this.adjustment = adjustment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int phase = PhaseModel.PHASE.get(execution);
    String implementationId = ProgrammeModel.IMPLEMENTATION_ID.get(execution);
    boolean extension = ROUND.isSetIn(execution);
    int round = extension ? ROUND.get(execution) + 1 : 1;
    List<PlannedActivity> plan =
        extension
            ? extensionRound(
                implementationId,
                phase,
                round - 1,
                GateModel.AREAS_WITH_UNMET_CHARACTERISTICS.get(execution))
            : firstRound(execution, phase);
    plans.save(implementationId, phase, round, plan);

    PHASE.set(execution, phase);
    ROUND.set(execution, round);
    APPROVALS_REQUIRED.set(execution, governance.approvalsRequired());
    PHASE_OBJECTIVES.set(execution, reports.objectives(phase));
    PhaseModel.PLAN_SUMMARY.set(execution, reports.planSummary(plan));
    PhaseModel.CARRIED_OVER_SUMMARY.set(execution, reports.carriedOverSummary(plan));
    PhaseModel.PLANNED_ACTIVITY_COUNT.set(execution, plan.size());
    if (!extension) {
      PhaseModel.PLANNED_ACTIVITY_OPTIONS.set(execution, adjustment.options(plan));
    }
  }

  private List<PlannedActivity> firstRound(DelegateExecution execution, int phase) {
    Map<String, PlannedActivity> plan = new LinkedHashMap<>();
    Map<String, String> currentStates =
        ProgrammeModel.CURRENT_STATES.getOrDefault(execution, Map.of());
    for (Area area : catalogue.areas()) {
      CurrentState state =
          ValueSet.of(
              CurrentState.class, currentStates.getOrDefault(area.id(), CurrentState.NONE.value()));
      tailoring
          .activitiesOf(area, phase, state)
          .forEach(planned -> plan.put(planned.activityId(), planned));
    }
    for (String activityId : CARRY_OVER.get(execution)) {
      if (catalogue.hasActivity(activityId)) {
        plan.put(
            activityId,
            new PlannedActivity(
                catalogue.activity(activityId).area().id(), activityId, PlanOrigin.CARRIED_OVER));
      }
    }
    return new ArrayList<>(plan.values());
  }

  /**
   * The activities not finished in the previous round, and those of the areas whose key
   * characteristics are unmet.
   */
  private List<PlannedActivity> extensionRound(
      String implementationId,
      int phase,
      int previousRound,
      List<String> areasWithUnmetCharacteristics) {
    Map<String, PlannedActivity> plan = new LinkedHashMap<>();
    records.ofRound(implementationId, phase, previousRound).stream()
        .filter(record -> !record.isFinished())
        .forEach(
            record ->
                plan.put(
                    record.activityId(),
                    new PlannedActivity(
                        record.areaId(), record.activityId(), PlanOrigin.EXTENSION)));
    areasWithUnmetCharacteristics.stream()
        .map(catalogue::area)
        .flatMap(area -> area.activities().stream().filter(activity -> activity.isMarkedFor(phase)))
        .forEach(
            activity ->
                plan.putIfAbsent(
                    activity.id(),
                    new PlannedActivity(
                        activity.area().id(), activity.id(), PlanOrigin.EXTENSION)));
    return new ArrayList<>(plan.values());
  }
}
