package dev.pathway.scope;

import dev.pathway.programme.ProgrammeModel;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Finds the implementation (programme instance) whose scope is extended, by its business key. */
@Component
class BaseImplementations {

  private final HistoryService history;

  /**
   * {@code @Lazy}: this bean serves {@link BaseImplementationRule}, a submission rule that the form
   * validation plugin needs while the engine is being built; the HistoryService is made by that
   * engine, so injecting it directly would be a circular dependency at start-up. The proxy resolves
   * it on first use.
   */
  BaseImplementations(@Lazy HistoryService history) {
    this.history = history;
  }

  Optional<String> find(String businessKey) {
    return Context.getCommandContext()
        .runWithoutAuthorization(
            () ->
                history
                    .createHistoricProcessInstanceQuery()
                    .processDefinitionKey(ProgrammeModel.KEY)
                    .processInstanceBusinessKey(businessKey)
                    .orderByProcessInstanceStartTime()
                    .desc()
                    .listPage(0, 1)
                    .stream()
                    .findFirst()
                    .map(HistoricProcessInstance::getId));
  }

  /** A variable of the implementation's programme, as it last was. */
  Object variable(String implementationId, String name) {
    HistoricVariableInstance variable =
        Context.getCommandContext()
            .runWithoutAuthorization(
                () ->
                    history
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(implementationId)
                        .variableName(name)
                        .singleResult());
    return variable == null ? null : variable.getValue();
  }
}
