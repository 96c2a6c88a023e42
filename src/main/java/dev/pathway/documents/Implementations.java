package dev.pathway.documents;

import dev.pathway.programme.ProgrammeModel;
import dev.pathway.scope.ScopeExtensionModel;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Whether an implementation (the programme or a scope extension, by process instance id) exists,
 * whoever asks: the register decides by its own rules who sees its documents.
 */
@Component
class Implementations {

  private static final Set<String> KEYS = Set.of(ProgrammeModel.KEY, ScopeExtensionModel.KEY);

  private final ProcessEngineConfigurationImpl configuration;
  private final HistoryService history;

  Implementations(ProcessEngineConfigurationImpl configuration, HistoryService history) {
    this.configuration = configuration;
    this.history = history;
  }

  boolean exists(String implementationId) {
    HistoricProcessInstance instance =
        configuration
            .getCommandExecutorTxRequired()
            .execute(
                context ->
                    context.runWithoutAuthorization(
                        () ->
                            history
                                .createHistoricProcessInstanceQuery()
                                .processInstanceId(implementationId)
                                .singleResult()));
    return instance != null && KEYS.contains(instance.getProcessDefinitionKey());
  }
}
