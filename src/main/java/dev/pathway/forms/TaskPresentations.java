package dev.pathway.forms;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * A task's form variables as its form needs them: the stored variables the form mentions, what
 * {@link TaskPresentation}s compute, and stored text in the form's text views shown as text.
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
   * The engine's form variables (its read check included), in the same command as what is added to
   * them. Asked for all variables (as Tasklist asks), a task with a Camunda Form gets those its
   * form mentions: the phase's plan and its other large values stay on the server. Stored text that
   * the form's text views show is escaped ({@link ShownText}); what a presentation computes from
   * the catalogue is added as it is.
   *
   * @param requested the variables asked for, null for all
   */
  Command<VariableMap> formVariables(
      String taskId, Collection<String> requested, boolean deserialize) {
    return context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      FormData form =
          task == null ? null : context.runWithoutAuthorization(new GetTaskFormCmd(taskId));
      Optional<FormSchema> schema = forms.schemaOf(form, context);
      Collection<String> read =
          requested != null ? requested : schema.map(FormSchema::mentionedNames).orElse(null);
      VariableMap variables =
          new GetTaskFormVariablesCmd(taskId, read, deserialize).execute(context);
      schema.ifPresent(shown -> escapeShownText(shown, variables));
      TaskPresentation presentation =
          schema.isEmpty() ? null : byForm.get(form.getCamundaFormRef().getKey());
      if (presentation != null) {
        presentation
            .variables(task)
            .forEach(
                (name, value) -> {
                  if (requested == null || requested.contains(name)) {
                    variables.putValue(name, value);
                  }
                });
      }
      return variables;
    };
  }

  private static void escapeShownText(FormSchema schema, VariableMap variables) {
    schema
        .shownInText()
        .forEach(
            name -> {
              if (!ShownText.PATHWAYS_MARKDOWN.contains(name)
                  && variables.get(name) instanceof String text) {
                variables.putValue(name, ShownText.escape(text));
              }
            });
  }
}
