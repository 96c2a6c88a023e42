package dev.pathway.forms;

import dev.pathway.faults.TaskCompletion;
import java.io.InputStream;
import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.RuntimeServiceImpl;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's task, form and runtime services with the form check in front of every way to
 * complete a task or start a process: REST {@code complete} and {@code submit-form}, Tasklist, and
 * Java callers alike. A completion runs as a {@link TaskCompletion}: 404 for a task that is gone,
 * one completion at a time per process instance, tried again when it collides with a concurrent
 * change.
 */
final class ValidatingServices {

  private ValidatingServices() {}

  static final class Tasks extends TaskServiceImpl {
    private final FormGuard guard;

    Tasks(FormGuard guard) {
      this.guard = guard;
    }

    @Override
    public void complete(String taskId, Map<String, Object> variables) {
      commandExecutor.execute(
          new TaskCompletion<>(
              taskId,
              guard.completingTask(
                  taskId,
                  variables,
                  applied -> new CompleteTaskCmd(taskId, applied, false, false))));
    }

    @Override
    public VariableMap completeWithVariablesInReturn(
        String taskId, Map<String, Object> variables, boolean deserialize) {
      return commandExecutor.execute(
          new TaskCompletion<>(
              taskId,
              guard.completingTask(
                  taskId,
                  variables,
                  applied -> new CompleteTaskCmd(taskId, applied, true, deserialize))));
    }

    // No model of Pathway catches a BPMN error or an escalation from a user task: thrown by hand,
    // one would end the
    // process past every check (and write variables unchecked). A task with a form ends through its
    // form only.

    @Override
    public void handleBpmnError(String taskId, String errorCode) {
      handleBpmnError(taskId, errorCode, null, null);
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode, String errorMessage) {
      handleBpmnError(taskId, errorCode, errorMessage, null);
    }

    @Override
    public void handleBpmnError(
        String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
      commandExecutor.execute(guard.refusingWhenFormed(taskId, "a BPMN error"));
      super.handleBpmnError(taskId, errorCode, errorMessage, variables);
    }

    @Override
    public void handleEscalation(String taskId, String escalationCode) {
      handleEscalation(taskId, escalationCode, null);
    }

    @Override
    public void handleEscalation(
        String taskId, String escalationCode, Map<String, Object> variables) {
      commandExecutor.execute(guard.refusingWhenFormed(taskId, "an escalation"));
      super.handleEscalation(taskId, escalationCode, variables);
    }
  }

  static final class Forms extends FormServiceImpl {
    private final FormGuard guard;
    private final TaskPresentations presentations;

    Forms(FormGuard guard, TaskPresentations presentations) {
      this.guard = guard;
      this.presentations = presentations;
    }

    /** What the task's form uses of its variables, and what it shows that is computed. */
    @Override
    public VariableMap getTaskFormVariables(
        String taskId, Collection<String> formVariables, boolean deserialize) {
      return commandExecutor.execute(
          presentations.formVariables(taskId, formVariables, deserialize));
    }

    /** Options that depend on who opens the form are filled in ({@link StartFormOptions}). */
    @Override
    public InputStream getDeployedStartForm(String processDefinitionId) {
      return guard.startForm(super.getDeployedStartForm(processDefinitionId));
    }

    @Override
    public ProcessInstance submitStartForm(
        String processDefinitionId, String businessKey, Map<String, Object> properties) {
      return commandExecutor.execute(
          guard.startingProcess(
              processDefinitionId,
              properties,
              new SubmitStartFormCmd(processDefinitionId, businessKey, properties)));
    }

    @Override
    public ProcessInstance submitStartForm(
        String processDefinitionId, Map<String, Object> properties) {
      return submitStartForm(processDefinitionId, null, properties);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ProcessInstance submitStartFormData(
        String processDefinitionId, String businessKey, Map<String, String> properties) {
      return submitStartForm(processDefinitionId, businessKey, (Map) properties);
    }

    @Override
    public ProcessInstance submitStartFormData(
        String processDefinitionId, Map<String, String> properties) {
      return submitStartFormData(processDefinitionId, null, properties);
    }

    @Override
    public void submitTaskForm(String taskId, Map<String, Object> properties) {
      commandExecutor.execute(
          new TaskCompletion<>(
              taskId,
              guard.completingTask(
                  taskId,
                  properties,
                  applied -> new SubmitTaskFormCmd(taskId, applied, false, false))));
    }

    @Override
    public VariableMap submitTaskFormWithVariablesInReturn(
        String taskId, Map<String, Object> properties, boolean deserialize) {
      return commandExecutor.execute(
          new TaskCompletion<>(
              taskId,
              guard.completingTask(
                  taskId,
                  properties,
                  applied -> new SubmitTaskFormCmd(taskId, applied, true, deserialize))));
    }
  }

  /**
   * Every start of a process, by key or id, goes through an instantiation builder; ours checks
   * before it starts.
   */
  static final class Runtime extends RuntimeServiceImpl {
    private final FormGuard guard;

    Runtime(FormGuard guard) {
      this.guard = guard;
    }

    @Override
    public ProcessInstantiationBuilder createProcessInstanceById(String processDefinitionId) {
      GuardedExecutor executor = new GuardedExecutor(commandExecutor, guard);
      return executor.watch(
          (ProcessInstantiationBuilderImpl)
              ProcessInstantiationBuilderImpl.createProcessInstanceById(
                  executor, processDefinitionId));
    }

    @Override
    public ProcessInstantiationBuilder createProcessInstanceByKey(String processDefinitionKey) {
      GuardedExecutor executor = new GuardedExecutor(commandExecutor, guard);
      return executor.watch(
          (ProcessInstantiationBuilderImpl)
              ProcessInstantiationBuilderImpl.createProcessInstanceByKey(
                  executor, processDefinitionKey));
    }
  }

  private static final class GuardedExecutor implements CommandExecutor {
    private final CommandExecutor engine;
    private final FormGuard guard;
    private ProcessInstantiationBuilderImpl builder;

    GuardedExecutor(CommandExecutor engine, FormGuard guard) {
      this.engine = engine;
      this.guard = guard;
    }

    ProcessInstantiationBuilderImpl watch(ProcessInstantiationBuilderImpl builder) {
      this.builder = builder;
      return builder;
    }

    @Override
    public <T> T execute(Command<T> start) {
      return engine.execute(
          context -> {
            String definitionId =
                builder.getProcessDefinitionId() != null
                    ? builder.getProcessDefinitionId()
                    : FormGuard.latestDefinitionId(builder.getProcessDefinitionKey());
            return guard
                .startingProcess(definitionId, builder.getVariables(), start)
                .execute(context);
          });
    }
  }
}
