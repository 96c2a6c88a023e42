package dev.pathway.tasklist;

/** The implementation an open task belongs to, as its reader may know it. */
public interface TaskImplementations {

  /**
   * The implementation's id (its process instance), for a user who may read the task; 404 when they
   * may not, or when the task belongs to none.
   */
  String implementationOf(String taskId);
}
