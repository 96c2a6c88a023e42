package dev.pathway.forms;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Runs the server-side form check in the same command, before the engine completes a task or starts
 * a process: a refused submission changes nothing, and the task stays open.
 */
@Component
class FormGuard {

  private final DeployedForms forms;
  private final SubmissionValidator validator;
  private final RecordedValues recorded;
  private final StartFormFilling startForms;

  FormGuard(
      DeployedForms forms,
      SubmissionValidator validator,
      RecordedValues recorded,
      StartFormFilling startForms) {
    this.forms = forms;
    this.validator = validator;
    this.recorded = recorded;
    this.startForms = startForms;
  }

  /**
   * @param completion the engine's completion command, made from the variables as they will be
   *     applied: the values of {@link RecordedFields} become transient
   */
  <T> Command<T> completingTask(
      String taskId,
      Map<String, Object> variables,
      Function<Map<String, Object>, Command<T>> completion) {
    return context -> {
      // reading the form checks that the user may see the task: an outsider gets 403, not a
      // validation message
      FormData formData = new GetTaskFormCmd(taskId).execute(context);
      Map<String, Object> applied = variables;
      Optional<FormSchema> schema = forms.schemaOf(formData, context);
      if (schema.isPresent()) {
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        validator.validate(
            new Submission(
                schema.get(),
                nullSafe(variables),
                task::getVariable,
                currentUser(context),
                currentGroups(context)));
        applied = recorded.kept(schema.get().id(), variables, task);
      }
      return completion.apply(applied).execute(context);
    };
  }

  /** Refuses ending a task that has a form by anything but its form. */
  Command<Void> refusingWhenFormed(String taskId, String what) {
    return context -> {
      FormData formData = new GetTaskFormCmd(taskId).execute(context);
      if (forms.schemaOf(formData, context).isPresent()) {
        throw new BadUserRequestException(
            "Task " + taskId + " cannot end with " + what + ": it ends when its form is submitted");
      }
      return null;
    };
  }

  <T> Command<T> startingProcess(
      String processDefinitionId, Map<String, Object> variables, Command<T> start) {
    return context -> {
      FormData formData = context.runWithoutAuthorization(new GetStartFormCmd(processDefinitionId));
      forms
          .schemaOf(formData, context)
          .ifPresent(
              schema ->
                  validator.validate(
                      new Submission(
                          schema,
                          nullSafe(variables),
                          startForms.valuesOf(schema.id()),
                          currentUser(context),
                          currentGroups(context))));
      return start.execute(context);
    };
  }

  /** The start form as deployed, with the options it offers the current user. */
  InputStream startForm(InputStream deployed) {
    return startForms.filled(deployed);
  }

  static String latestDefinitionId(String processDefinitionKey) {
    return Context.getCommandContext()
        .getProcessEngineConfiguration()
        .getDeploymentCache()
        .findDeployedLatestProcessDefinitionByKey(processDefinitionKey)
        .getId();
  }

  private static Map<String, Object> nullSafe(Map<String, Object> variables) {
    return variables == null ? Map.of() : variables;
  }

  private static List<String> currentGroups(CommandContext context) {
    Authentication authentication = context.getAuthentication();
    return authentication == null ? List.of() : authentication.getGroupIds();
  }

  private static String currentUser(CommandContext context) {
    Authentication authentication = context.getAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
