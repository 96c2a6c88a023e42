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
 * What a task's form shows besides its stored variables: what {@link TaskPresentation}s compute,
 * and stored text in the form's text views shown as text.
 */
@Component
class TaskPresentations {

  private final Map<String, TaskPresentation> byForm;
  private final DeployedForms forms;

  TaskPresentations(List<TaskPresentation> presentations, DeployedForms forms) {
    this.forms = forms;
    this.byForm =
        presentations.stream()
            .collect(Collectors.toMap(TaskPresentation::formId, Function.identity()));
  }

  /**
   * Runs after the engine returned the form variables, so the user's right to read them is checked
   * already. Stored text that the form's text views show is escaped ({@link ShownText}); what a
   * presentation computes from the catalogue is added as it is.
   */
  Command<Void> addTo(VariableMap variables, String taskId, Collection<String> requested) {
    return context -> {
      FormData form = context.runWithoutAuthorization(new GetTaskFormCmd(taskId));
      if (form == null || form.getCamundaFormRef() == null) {
        return null;
      }
      forms
          .schemaOf(form, context)
          .ifPresent(
              schema ->
                  schema
                      .shownInText()
                      .forEach(
                          name -> {
                            if (!ShownText.PATHWAYS_MARKDOWN.contains(name)
                                && variables.get(name) instanceof String text) {
                              variables.putValue(name, ShownText.escape(text));
                            }
                          }));
      TaskPresentation presentation = byForm.get(form.getCamundaFormRef().getKey());
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
