package dev.pathway.progress;

import dev.pathway.programme.ProgrammeModel;
import dev.pathway.scope.ScopeExtensionModel;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
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
}
