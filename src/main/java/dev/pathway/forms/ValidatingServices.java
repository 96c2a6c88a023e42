package dev.pathway.forms;

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
 * The engine's task, form and runtime services with the form check in front of every way to complete a task or
 * start a process: REST {@code complete} and {@code submit-form}, Tasklist, and Java callers alike.
 */
final class ValidatingServices {

  private ValidatingServices() {
  }

  static final class Tasks extends TaskServiceImpl {
    private final FormGuard guard;

    Tasks(FormGuard guard) {
      this.guard = guard;
    }

    @Override
    public void complete(String taskId, Map<String, Object> variables) {
      commandExecutor.execute(guard.completingTask(taskId, variables, new CompleteTaskCmd(taskId, variables, false, false)));
    }

    @Override
    public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables, boolean deserialize) {
      return commandExecutor.execute(
          guard.completingTask(taskId, variables, new CompleteTaskCmd(taskId, variables, true, deserialize)));
    }
  }

  static final class Forms extends FormServiceImpl {
    private final FormGuard guard;

    Forms(FormGuard guard) {
      this.guard = guard;
    }

    @Override
    public ProcessInstance submitStartForm(String processDefinitionId, String businessKey, Map<String, Object> properties) {
      return commandExecutor.execute(guard.startingProcess(processDefinitionId, properties,
          new SubmitStartFormCmd(processDefinitionId, businessKey, properties)));
    }

    @Override
    public ProcessInstance submitStartForm(String processDefinitionId, Map<String, Object> properties) {
      return submitStartForm(processDefinitionId, null, properties);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ProcessInstance submitStartFormData(String processDefinitionId, String businessKey, Map<String, String> properties) {
      return submitStartForm(processDefinitionId, businessKey, (Map) properties);
    }

    @Override
    public ProcessInstance submitStartFormData(String processDefinitionId, Map<String, String> properties) {
      return submitStartFormData(processDefinitionId, null, properties);
    }

    @Override
    public void submitTaskForm(String taskId, Map<String, Object> properties) {
      commandExecutor.execute(guard.completingTask(taskId, properties, new SubmitTaskFormCmd(taskId, properties, false, false)));
    }

    @Override
    public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties, boolean deserialize) {
      return commandExecutor.execute(
          guard.completingTask(taskId, properties, new SubmitTaskFormCmd(taskId, properties, true, deserialize)));
    }
  }

  /** Every start of a process, by key or id, goes through an instantiation builder; ours checks before it starts. */
  static final class Runtime extends RuntimeServiceImpl {
    private final FormGuard guard;

    Runtime(FormGuard guard) {
      this.guard = guard;
    }

    @Override
    public ProcessInstantiationBuilder createProcessInstanceById(String processDefinitionId) {
      GuardedExecutor executor = new GuardedExecutor(commandExecutor, guard);
      return executor.watch((ProcessInstantiationBuilderImpl) ProcessInstantiationBuilderImpl.createProcessInstanceById(executor, processDefinitionId));
    }

    @Override
    public ProcessInstantiationBuilder createProcessInstanceByKey(String processDefinitionKey) {
      GuardedExecutor executor = new GuardedExecutor(commandExecutor, guard);
      return executor.watch((ProcessInstantiationBuilderImpl) ProcessInstantiationBuilderImpl.createProcessInstanceByKey(executor, processDefinitionKey));
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
      return engine.execute(context -> {
        String definitionId = builder.getProcessDefinitionId() != null ? builder.getProcessDefinitionId()
            : FormGuard.latestDefinitionId(builder.getProcessDefinitionKey());
        return guard.startingProcess(definitionId, builder.getVariables(), start).execute(context);
      });
    }
  }
}
