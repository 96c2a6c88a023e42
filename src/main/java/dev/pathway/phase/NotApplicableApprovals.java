package dev.pathway.phase;

import static dev.pathway.phase.NotApplicableApprovalModel.ACTIVITY_LABEL;
import static dev.pathway.phase.NotApplicableApprovalModel.ACTIVITY_RECORD_ID;
import static dev.pathway.phase.NotApplicableApprovalModel.ACTIVITY_TEXT;
import static dev.pathway.phase.NotApplicableApprovalModel.AREA_NAME;
import static dev.pathway.phase.NotApplicableApprovalModel.DECISION;
import static dev.pathway.phase.NotApplicableApprovalModel.RECORDED_BY;
import static dev.pathway.phase.NotApplicableApprovalModel.RECORDED_JUSTIFICATION;
import static dev.pathway.phase.NotApplicableApprovalModel.REFUSAL_REASON;
import static dev.pathway.programme.ProgrammeModel.IMPLEMENTATION_ID;

import dev.pathway.catalogue.Activity;
import dev.pathway.identity.RoleGroups;
import dev.pathway.process.Actors;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Asks the implementation board to decide on an activity recorded as not applicable, and keeps its
 * decision in the activity's record.
 */
@Component("notApplicableApprovals")
public class NotApplicableApprovals {

  static final String BOARD = "implementation-board";

  private final RoleGroups roleGroups;
  private final ActivityRecordRepository records;

  NotApplicableApprovals(RoleGroups roleGroups, ActivityRecordRepository records) {
    this.roleGroups = roleGroups;
    this.records = records;
  }

  /** The groups of the implementation board, who decide. */
  public List<String> boardGroups() {
    return roleGroups.groupsOf(BOARD);
  }

  /**
   * Started by the role holder's completion, who may not start processes of the board: the record
   * they were allowed to make asks for the decision.
   */
  void request(DelegateTask task, ActivityRecord record, Activity activity) {
    Context.getCommandContext()
        .runWithoutAuthorization(
            () ->
                task.getProcessEngineServices()
                    .getRuntimeService()
                    .createProcessInstanceByKey(NotApplicableApprovalModel.KEY)
                    .businessKey(task.getExecution().getProcessBusinessKey())
                    .setVariables(
                        Variables.putValue(IMPLEMENTATION_ID.name(), record.implementationId())
                            .putValue(ACTIVITY_RECORD_ID.name(), record.taskId())
                            .putValue(ACTIVITY_LABEL.name(), activity.reference())
                            .putValue(ACTIVITY_TEXT.name(), activity.text())
                            .putValue(AREA_NAME.name(), activity.area().name())
                            .putValue(PhaseModel.PHASE.name(), record.phase())
                            .putValue(RECORDED_BY.name(), record.completedBy())
                            .putValue(RECORDED_JUSTIFICATION.name(), record.justification()))
                    .execute());
  }

  /** The decision task's completion: the decision goes into the record, once. */
  public void decide(DelegateTask task) {
    NotApplicableDecision decision = DECISION.get(task);
    NotApplicableApproval approval =
        new NotApplicableApproval(
            decision,
            Actors.completedBy(task),
            ClockUtil.getCurrentTime().toInstant(),
            decision == NotApplicableDecision.REFUSED ? REFUSAL_REASON.get(task) : null);
    if (!records.decideNotApplicable(ACTIVITY_RECORD_ID.get(task), approval)) {
      throw new IllegalStateException(
          "The record " + ACTIVITY_RECORD_ID.get(task) + " is not waiting for a decision");
    }
  }
}
