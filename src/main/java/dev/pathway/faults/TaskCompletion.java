package dev.pathway.faults;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Completing a task, whichever way (REST {@code complete} or {@code submit-form}, Tasklist, Java):
 * the command the engine runs, around the completion it is given.
 *
 * <ul>
 *   <li>A task that does not exist (any more) is refused with 404 before anything else; read from
 *       the database as committed, not from the engine's cache.
 *   <li>Completions within one process instance take turns: the instance's row is locked ({@code
 *       SELECT ... FOR UPDATE}) before the completion reads anything else, and the task is looked
 *       up again once the turn is taken. So people completing different tasks of one phase at the
 *       same moment do not collide on the multi-instance bookkeeping ({@code
 *       nrOfCompletedInstances}) or the join, on one node or several; the lock ends with the
 *       transaction. What still collides (a timer, a message or a variable update on the same
 *       instance at the same moment) is tried again by {@link CompletionRetry}.
 * </ul>
 */
public final class TaskCompletion<T> implements Command<T> {

  private final String taskId;
  private final Command<T> completion;

  public TaskCompletion(String taskId, Command<T> completion) {
    this.taskId = taskId;
    this.completion = completion;
  }

  @Override
  public T execute(CommandContext context) {
    Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
    String prefix = context.getProcessEngineConfiguration().getDatabaseTablePrefix();
    String processInstanceId = processInstanceOf(connection, prefix);
    if (processInstanceId != null) {
      takeTurn(connection, prefix, processInstanceId);
      // whoever had the turn before may have completed this very task
      processInstanceOf(connection, prefix);
    }
    try {
      return completion.execute(context);
    } catch (ProcessEngineException e) {
      // completed by someone else after the check above (seen on H2): told the same way
      if (Fault.isTaskGone(e)) {
        throw gone();
      }
      throw e;
    }
  }

  private NotFoundException gone() {
    return new NotFoundException("Task " + taskId + " does not exist (or was completed already)");
  }

  /** Read past the engine's cache: what is committed now. Null for a task outside a process. */
  private String processInstanceOf(Connection connection, String prefix) {
    if (taskId != null) {
      try (PreparedStatement task =
          connection.prepareStatement(
              "SELECT PROC_INST_ID_ FROM " + prefix + "ACT_RU_TASK WHERE ID_ = ?")) {
        task.setString(1, taskId);
        try (ResultSet row = task.executeQuery()) {
          if (row.next()) {
            return row.getString(1);
          }
        }
      } catch (SQLException e) {
        throw new ProcessEngineException("Could not read task " + taskId, e);
      }
    }
    throw gone();
  }

  private static void takeTurn(Connection connection, String prefix, String processInstanceId) {
    try (PreparedStatement lock =
        connection.prepareStatement(
            "SELECT ID_ FROM " + prefix + "ACT_RU_EXECUTION WHERE ID_ = ? FOR UPDATE")) {
      lock.setString(1, processInstanceId);
      try (ResultSet row = lock.executeQuery()) {
        row.next();
      }
    } catch (SQLException e) {
      throw new ProcessEngineException(
          "Could not wait for the turn of process instance " + processInstanceId, e);
    }
  }

  String taskId() {
    return taskId;
  }
}
