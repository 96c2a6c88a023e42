package dev.pathway.progress;

import dev.pathway.documents.WithoutAuthorization;
import dev.pathway.tasklist.TaskImplementations;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/tasks/{taskId}/register}: the requirements register of the implementation a task
 * belongs to, for whoever may read the task (a role holder reads the register from the task they
 * work on, in Tasklist's "Documents" tab, without read access to the whole implementation); 404 for
 * anyone else.
 */
@RestController
class TaskRegisterController {

  private final TaskImplementations tasks;
  private final RequirementsRegisterController register;
  private final WithoutAuthorization withoutAuthorization;

  TaskRegisterController(
      TaskImplementations tasks,
      RequirementsRegisterController register,
      WithoutAuthorization withoutAuthorization) {
    this.tasks = tasks;
    this.register = register;
    this.withoutAuthorization = withoutAuthorization;
  }

  @GetMapping("/api/tasks/{taskId}/register")
  List<RegisterRow> register(@PathVariable String taskId) {
    String implementationId = tasks.implementationOf(taskId);
    return withoutAuthorization.run(() -> register.register(implementationId));
  }
}
