package dev.pathway.forms;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * Adds what a task's form shows that {@link TaskPresentation}s compute to the form variables of the
 * task.
 */
@Component
class TaskPresentations {

  private final Map<String, TaskPresentation> byForm;

  TaskPresentations(List<TaskPresentation> presentations) {
    this.byForm =
        presentations.stream()
            .collect(Collectors.toMap(TaskPresentation::formId, Function.identity()));
  }

  /**
   * Runs after the engine returned the form variables, so the user's right to read them is checked
   * already.
   */
  Command<Void> addTo(VariableMap variables, String taskId, Collection<String> requested) {
    return context -> {
      if (byForm.isEmpty()) {
        return null;
      }
      FormData form = context.runWithoutAuthorization(new GetTaskFormCmd(taskId));
      TaskPresentation presentation =
          form.getCamundaFormRef() == null ? null : byForm.get(form.getCamundaFormRef().getKey());
      TaskEntity task = presentation == null ? null : context.getTaskManager().findTaskById(taskId);
      // a task completed since the engine read its variables shows nothing more
      if (task != null && task.getExecution() != null) {
        presentation
            .variables(task)
            .forEach(
                (name, value) -> {
                  if (requested == null || requested.contains(name)) {
                    variables.putValue(name, value);
                  }
                });
      }
      return null;
    };
  }
}
