package dev.pathway.documents;

import dev.pathway.programme.ProgrammeModel;
import dev.pathway.scope.ScopeExtensionModel;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Whether an implementation (the programme or a scope extension, by process instance id) exists,
 * whoever asks: the register decides by its own rules who sees its documents.
 */
@Component
class Implementations {

  private static final Set<String> KEYS = Set.of(ProgrammeModel.KEY, ScopeExtensionModel.KEY);

  private final WithoutAuthorization withoutAuthorization;
  private final HistoryService history;

  Implementations(WithoutAuthorization withoutAuthorization, HistoryService history) {
    this.withoutAuthorization = withoutAuthorization;
    this.history = history;
  }

  boolean exists(String implementationId) {
    HistoricProcessInstance instance =
        withoutAuthorization.run(
            () ->
                history
                    .createHistoricProcessInstanceQuery()
                    .processInstanceId(implementationId)
                    .singleResult());
    return instance != null && KEYS.contains(instance.getProcessDefinitionKey());
  }
}
