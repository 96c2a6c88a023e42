package dev.pathway.access;

import java.util.List;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Members of a task's candidate groups may read and work on it, without an authorization row per
 * task: the engine's default gives each candidate group a row for each task (at 1,000
 * implementations, 104 k rows that every task query joined). Everyone else needs an authorization
 * as before; assignees and owners keep the engine's rows.
 */
final class CandidateGroupAccess {

  private CandidateGroupAccess() {}

  /** Whether the authenticated user is in a candidate group of the task. */
  static boolean isCandidate(TaskEntity task) {
    if (task == null) {
      // completed or deleted between the list and this request: a 404, not the engine's
      // NullPointerException
      throw new NotFoundException("The task does not exist (or was completed already)");
    }
    Authentication authentication = Context.getCommandContext().getAuthentication();
    if (authentication == null || authentication.getGroupIds() == null) {
      return false;
    }
    List<String> groups = authentication.getGroupIds();
    return task.getIdentityLinks().stream()
        .anyMatch(
            link ->
                IdentityLinkType.CANDIDATE.equals(link.getType())
                    && link.getGroupId() != null
                    && groups.contains(link.getGroupId()));
  }

  /** No authorization rows for a task's candidate groups; the rest as the engine does it. */
  static final class Provider extends DefaultAuthorizationProvider {
    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
      return IdentityLinkType.CANDIDATE.equals(type)
          ? null
          : super.newTaskGroupIdentityLink(task, groupId, type);
    }
  }

  /**
   * Reading a task, its form and variables, and working on it (claim, complete, submit its form):
   * allowed to the members of its candidate groups. Changing its variables or assignee still needs
   * an authorization.
   */
  static final class Checker extends AuthorizationCommandChecker {
    @Override
    public void checkReadTask(TaskEntity task) {
      if (!isCandidate(task)) {
        requireExecution(task);
        super.checkReadTask(task);
      }
    }

    @Override
    public void checkReadTaskVariable(TaskEntity task) {
      if (!isCandidate(task)) {
        requireExecution(task);
        super.checkReadTaskVariable(task);
      }
    }

    /**
     * A task read just before someone completed it has lost its execution by the time it is
     * checked: the engine's check would fail on the missing execution (500); it is gone (404).
     */
    private static void requireExecution(TaskEntity task) {
      if (task.getExecutionId() != null && task.getExecution() == null) {
        throw new NotFoundException(
            "Task " + task.getId() + " does not exist (or was completed already)");
      }
    }

    @Override
    public void checkTaskWork(TaskEntity task) {
      if (!isCandidate(task)) {
        requireExecution(task);
        super.checkTaskWork(task);
      }
    }
  }
}
