package dev.pathway.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;

/** Who did what: the person who completes a task is the authenticated user, else its assignee. */
public final class Actors {

  private Actors() {}

  public static String completedBy(DelegateTask task) {
    String user = Context.getCommandContext().getAuthenticatedUserId();
    return user != null ? user : task.getAssignee();
  }
}
