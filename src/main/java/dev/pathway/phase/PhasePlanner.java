package dev.pathway.phase;

import dev.pathway.tasks.VariableValues;
import static dev.pathway.phase.PhaseVariables.APPROVALS_REQUIRED;
import static dev.pathway.phase.PhaseVariables.CARRY_OVER;
import static dev.pathway.phase.PhaseVariables.PHASE;
import static dev.pathway.phase.PhaseVariables.PHASE_OBJECTIVES;
import static dev.pathway.phase.PhaseVariables.ROUND;

import dev.pathway.catalogue.Area;
import dev.pathway.catalogue.Catalogue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Plans a phase: in its first round the tailored Table B.1 activities plus what the previous phase carried over;
 * when the board extends the phase, a further round with the activities that are not finished.
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

  PhasePlanner(Catalogue catalogue, Tailoring tailoring, PhasePlanRepository plans, ActivityRecordRepository records,
      PhaseReports reports, GovernanceProperties governance, PlanAdjustment adjustment) {
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
    int phase = PhaseVariables.phase(execution);
    String implementationId = PhaseVariables.implementationId(execution);
    boolean extension = execution.hasVariable(ROUND);
    int round = extension ? PhaseVariables.round(execution) + 1 : 1;
    List<PlannedActivity> plan = extension
        ? extensionRound(implementationId, phase, round - 1, VariableValues.stringList(execution, PhaseGate.UNMET_AREAS))
        : firstRound(execution, phase);
    plans.save(implementationId, phase, round, plan);

    execution.setVariable(PHASE, phase);
    execution.setVariable(ROUND, round);
    execution.setVariable(APPROVALS_REQUIRED, governance.approvalsRequired());
    execution.setVariable(PHASE_OBJECTIVES, reports.objectives(phase));
    execution.setVariable("planSummary", reports.planSummary(plan));
    execution.setVariable("carriedOverSummary", reports.carriedOverSummary(plan));
    execution.setVariable("plannedActivityCount", plan.size());
    if (!extension) {
      execution.setVariable(PlanAdjustment.OPTIONS, VariableValues.jsonList(adjustment.options(plan)));
    }
  }

  private List<PlannedActivity> firstRound(DelegateExecution execution, int phase) {
    Map<String, PlannedActivity> plan = new LinkedHashMap<>();
    for (Area area : catalogue.areas()) {
      String state = VariableValues.text(execution, Tailoring.stateVariable(area));
      tailoring.activitiesOf(area, phase, state).forEach(planned -> plan.put(planned.activityId(), planned));
    }
    for (String activityId : VariableValues.stringList(execution, CARRY_OVER)) {
      if (catalogue.hasActivity(activityId)) {
        plan.put(activityId, new PlannedActivity(catalogue.activity(activityId).area().id(), activityId, PlanOrigin.CARRIED_OVER));
      }
    }
    return new ArrayList<>(plan.values());
  }

  /** The activities not finished in the previous round, and those of the areas whose key characteristics are unmet. */
  private List<PlannedActivity> extensionRound(String implementationId, int phase, int previousRound,
      List<String> areasWithUnmetCharacteristics) {
    Map<String, PlannedActivity> plan = new LinkedHashMap<>();
    records.ofRound(implementationId, phase, previousRound).stream()
        .filter(record -> !record.outcome().isFinished())
        .forEach(record -> plan.put(record.activityId(),
            new PlannedActivity(record.areaId(), record.activityId(), PlanOrigin.EXTENSION)));
    areasWithUnmetCharacteristics.stream().map(catalogue::area)
        .flatMap(area -> area.activities().stream().filter(activity -> activity.isMarkedFor(phase)))
        .forEach(activity -> plan.putIfAbsent(activity.id(),
            new PlannedActivity(activity.area().id(), activity.id(), PlanOrigin.EXTENSION)));
    return new ArrayList<>(plan.values());
  }
}
