package dev.pathway.audit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** An implementation the caller may read (the engine's authorizations), else 404. */
@Component
public class ReadableImplementations {

  private final HistoryService history;

  ReadableImplementations(HistoryService history) {
    this.history = history;
  }

  public HistoricProcessInstance require(String implementationId) {
    HistoricProcessInstance implementation =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceId(implementationId)
            .singleResult();
    if (implementation == null) {
      throw new ResponseStatusException(
          HttpStatus.NOT_FOUND, "No implementation '" + implementationId + "' that you may read");
    }
    return implementation;
  }
}
