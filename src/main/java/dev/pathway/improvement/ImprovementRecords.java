package dev.pathway.improvement;

import static dev.pathway.improvement.ImprovementActionModel.EFFECTIVENESS;
import static dev.pathway.improvement.ImprovementActionModel.FINDING_SOURCE;
import static dev.pathway.improvement.ImprovementActionModel.FINDING_TEXT;
import static dev.pathway.improvement.ImprovementActionModel.IMPROVEMENT_OWNER;
import static dev.pathway.improvement.ImprovementActionModel.PRIORITY;
import static dev.pathway.improvement.ImprovementActionModel.TARGET_DATE;

import dev.pathway.process.ProcessVariable;
import dev.pathway.programme.ProgrammeModel;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * The continual-improvement records of an implementation as reports read them: the completed cycles
 * of 8.2 (monitoring, internal audit, management review) and each improvement action with its
 * status now. The caller decides who may read them.
 */
@Component
public class ImprovementRecords {

  private static final Map<String, String> STEP_STATUS =
      Map.of(
          ImprovementActionModel.PLAN_TASK, "being planned",
          ImprovementActionModel.IMPLEMENT_TASK, "being implemented",
          ImprovementActionModel.CHECK_EFFECTIVENESS_TASK, "effectiveness being checked");

  private final CycleRepository cycles;
  private final HistoryService history;

  ImprovementRecords(CycleRepository cycles, HistoryService history) {
    this.cycles = cycles;
    this.history = history;
  }

  /** The completed cycles, oldest first. */
  public List<CycleResult> cycles(String implementationId) {
    return cycles.completed(implementationId);
  }

  /** Every improvement action raised for the implementation, oldest first. */
  public List<ActionStatus> actions(String implementationId) {
    return history
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(ImprovementActionModel.KEY)
        .variableValueEquals(ProgrammeModel.IMPLEMENTATION_ID.name(), implementationId)
        .list()
        .stream()
        .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime))
        .map(this::status)
        .toList();
  }

  private ActionStatus status(HistoricProcessInstance action) {
    Map<String, Object> variables =
        history
            .createHistoricVariableInstanceQuery()
            .processInstanceId(action.getId())
            .disableCustomObjectDeserialization()
            .list()
            .stream()
            .filter(variable -> variable.getValue() != null)
            .collect(
                Collectors.toMap(
                    HistoricVariableInstance::getName,
                    HistoricVariableInstance::getValue,
                    (first, second) -> first));
    String status;
    if (action.getEndTime() == null) {
      status =
          history
              .createHistoricTaskInstanceQuery()
              .processInstanceId(action.getId())
              .unfinished()
              .list()
              .stream()
              .map(HistoricTaskInstance::getTaskDefinitionKey)
              .map(key -> STEP_STATUS.getOrDefault(key, "open"))
              .findFirst()
              .orElse("open");
    } else {
      status =
          HistoricProcessInstance.STATE_COMPLETED.equals(action.getState())
              ? "effective"
              : "cancelled";
    }
    return new ActionStatus(
        action.getStartTime().toInstant(),
        text(FINDING_TEXT, variables),
        text(FINDING_SOURCE, variables),
        text(PRIORITY, variables),
        text(IMPROVEMENT_OWNER, variables),
        text(TARGET_DATE, variables),
        text(EFFECTIVENESS, variables),
        status);
  }

  private static String text(ProcessVariable<?> variable, Map<String, Object> values) {
    Object value = values.get(variable.name());
    return value == null ? null : value.toString();
  }

  /**
   * An improvement action as the management review reads it.
   *
   * @param status being planned, being implemented, effectiveness being checked, effective,
   *     cancelled
   */
  public record ActionStatus(
      Instant raisedAt,
      String finding,
      String source,
      String priority,
      String owner,
      String targetDate,
      String effectiveness,
      String status) {}
}
