package dev.pathway.progress;

import dev.pathway.programme.ProgrammeModel;
import dev.pathway.scope.ScopeExtensionModel;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may read an implementation: whoever the engine lets read its process instance (the id is the
 * process instance id of the implementation). Everybody else gets 404, as if it did not exist.
 */
@Component
public class ImplementationAccess {

  private final HistoryService history;

  ImplementationAccess(HistoryService history) {
    this.history = history;
  }

  /** The implementation, as the authenticated user may read it; 404 otherwise. */
  public HistoricProcessInstance readable(String id) {
    HistoricProcessInstance implementation =
        history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
    if (implementation == null) {
      throw new ResponseStatusException(
          HttpStatus.NOT_FOUND, "No implementation '" + id + "' that you may read");
    }
    return implementation;
  }

  /**
   * The implementations (programmes and scope extensions) the authenticated user may read, newest
   * first.
   */
  public List<HistoricProcessInstance> readableImplementations() {
    return history
        .createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(ProgrammeModel.KEY, ScopeExtensionModel.KEY)
        .orderByProcessInstanceStartTime()
        .desc()
        .list();
  }

  /**
   * A variable of the implementation's own instance as it last was (its start form's answers: the
   * service provider, say), read without the engine's authorization checks: for the SMS's own use,
   * not to show to whoever asks.
   */
  public Object variable(String implementationId, String name) {
    List<HistoricVariableInstance> variables =
        Context.getCommandContext()
            .runWithoutAuthorization(
                () ->
                    history
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(implementationId)
                        .variableName(name)
                        .list());
    return variables.stream()
        .filter(variable -> implementationId.equals(variable.getExecutionId()))
        .findFirst()
        .or(() -> variables.stream().findFirst())
        .map(HistoricVariableInstance::getValue)
        .orElse(null);
  }
}
