package dev.pathway.tasklist;

import dev.pathway.documents.DocumentApprovalModel;
import dev.pathway.faults.TaskCompletion;
import dev.pathway.phase.PhaseModel;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.scope.ScopeExtensionModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finds an open task for the user asking: whoever may read it (its assignee, owner, a candidate
 * user or a member of a candidate group) sees its tab; whoever may work on it (its assignee, or a
 * candidate while nobody has claimed it) attaches evidence. To anyone else the task does not exist
 * (404).
 */
@Component
class TaskWork {

  private static final List<String> SHOWN =
      List.of(
          PhaseModel.ACTIVITY_ID.name(),
          PhaseModel.PHASE.name(),
          PhaseModel.EVIDENCE_DOCUMENTS.name(),
          ProgrammeModel.IMPLEMENTATION_ID.name(),
          DocumentApprovalModel.DOCUMENT_ID.name(),
          DocumentApprovalModel.VERSION.name());

  private static final Set<String> IMPLEMENTATIONS =
      Set.of(ProgrammeModel.KEY, ScopeExtensionModel.KEY);

  private final ProcessEngineConfigurationImpl configuration;
  private final IdentityService identity;

  TaskWork(ProcessEngineConfigurationImpl configuration, IdentityService identity) {
    this.configuration = configuration;
    this.identity = identity;
  }

  /** The task, for a user who may read it; 404 otherwise. */
  WorkedTask readable(String taskId) {
    return configuration
        .getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(() -> find(context, taskId)));
  }

  /**
   * The task, for a user who may work on it, in the turn of its process instance (as a completion
   * takes it): what is attached commits before a completion of the task reads it, or finds the task
   * gone. 404 otherwise.
   */
  WorkedTask workable(String taskId) {
    WorkedTask task =
        configuration
            .getCommandExecutorTxRequired()
            .execute(
                new TaskCompletion<>(
                    taskId,
                    context -> context.runWithoutAuthorization(() -> find(context, taskId))));
    if (!task.mayWork()) {
      throw notFound(taskId);
    }
    return task;
  }

  /** Sets one of the task's own variables, which its worker may not do over the engine's API. */
  void setLocal(String taskId, String name, Object value) {
    configuration
        .getCommandExecutorTxRequired()
        .execute(
            context ->
                context.runWithoutAuthorization(
                    () -> {
                      context.getTaskManager().findTaskById(taskId).setVariableLocal(name, value);
                      return null;
                    }));
  }

  private WorkedTask find(CommandContext context, String taskId) {
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    Authentication user = identity.getCurrentAuthentication();
    if (task == null || user == null) {
      throw notFound(taskId);
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    boolean candidate = false;
    boolean involved = user.getUserId().equals(task.getOwner());
    for (IdentityLink link : task.getIdentityLinks()) {
      boolean mine =
          user.getUserId().equals(link.getUserId())
              || link.getGroupId() != null && groups.contains(link.getGroupId());
      candidate |= mine && IdentityLinkType.CANDIDATE.equals(link.getType());
      involved |= mine;
    }
    boolean assignee = user.getUserId().equals(task.getAssignee());
    if (!assignee && !candidate && !involved) {
      throw notFound(taskId);
    }
    Map<String, Object> variables = new HashMap<>();
    SHOWN.forEach(
        name -> {
          Object value = task.getVariable(name);
          if (value != null) {
            variables.put(name, value);
          }
        });
    String processKey =
        task.getProcessDefinitionId() == null
            ? null
            : context
                .getProcessEngineConfiguration()
                .getDeploymentCache()
                .findDeployedProcessDefinitionById(task.getProcessDefinitionId())
                .getKey();
    if (IMPLEMENTATIONS.contains(processKey)) {
      variables.put(ProgrammeModel.IMPLEMENTATION_ID.name(), task.getProcessInstanceId());
    }
    return new WorkedTask(
        task.getId(),
        task.getName(),
        task.getProcessInstanceId(),
        processKey,
        variables,
        assignee || candidate && task.getAssignee() == null);
  }

  static ResponseStatusException notFound(String taskId) {
    return new ResponseStatusException(
        HttpStatus.NOT_FOUND, "No open task '" + taskId + "' that you may work on");
  }
}
