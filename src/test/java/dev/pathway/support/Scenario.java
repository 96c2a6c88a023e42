package dev.pathway.support;

import dev.pathway.programme.ProgrammeModel;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives an implementation through the engine's Java API as the demo users would through Tasklist:
 * every completion passes the same server-side form checks, authenticated as the acting user.
 */
public final class Scenario {

  private final ProcessEngine engine;
  private final String businessKey;

  public Scenario(ProcessEngine engine) {
    this.engine = engine;
    this.businessKey = "northwind-" + UUID.randomUUID();
  }

  public String businessKey() {
    return businessKey;
  }

  public ProcessInstance startProgramme(String user, Map<String, Object> startForm) {
    String definitionId =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(ProgrammeModel.KEY)
            .latestVersion()
            .singleResult()
            .getId();
    return as(
        user, () -> engine.getFormService().submitStartForm(definitionId, businessKey, startForm));
  }

  /** The open task of this implementation (any sub-process) at the given BPMN element. */
  public Task task(String taskDefinitionKey) {
    List<Task> tasks = tasks(taskDefinitionKey);
    if (tasks.size() != 1) {
      throw new AssertionError(
          "expected one open task '"
              + taskDefinitionKey
              + "' but found "
              + tasks.size()
              + "; open: "
              + openTaskKeys());
    }
    return tasks.get(0);
  }

  public List<Task> tasks(String taskDefinitionKey) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(taskDefinitionKey)
        .initializeFormKeys()
        .list();
  }

  public List<Task> openTasks() {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey).list();
  }

  public String openTaskKeys() {
    return openTasks().stream()
        .map(Task::getTaskDefinitionKey)
        .distinct()
        .collect(Collectors.joining(", "));
  }

  public void complete(String user, String taskDefinitionKey, Map<String, Object> values) {
    complete(user, task(taskDefinitionKey), values);
  }

  public void complete(String user, Task task, Map<String, Object> values) {
    as(
        user,
        () -> {
          engine.getTaskService().complete(task.getId(), values);
          return null;
        });
  }

  public <T> T as(String user, java.util.function.Supplier<T> action) {
    List<String> groups =
        engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
            .map(Group::getId)
            .toList();
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  public ProcessInstance instance(String processKey) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey)
        .singleResult();
  }
}
