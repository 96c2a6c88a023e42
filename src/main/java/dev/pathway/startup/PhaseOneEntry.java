package dev.pathway.startup;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.tasks.TaskTexts;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Reads the Phase 1 entry decision (DMN {@code phase-1-entry}, one result per condition of Annex B that is not met)
 * into {@code phase1Ready} and the list of missing conditions, and shows that list to the implementation board.
 */
@Component("phaseOneEntry")
public class PhaseOneEntry implements ExecutionListener {

  static final String RESULT = "phase1EntryResult";
  static final String READY = "phase1Ready";
  static final String MISSING_TEXT = "missingEntryConditionsText";

  private final Catalogue catalogue;

  PhaseOneEntry(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> results = (List<Map<String, Object>>) execution.getVariable(RESULT);
    boolean ready = results.stream().anyMatch(result -> Boolean.TRUE.equals(result.get("ready")));
    List<String> missing = results.stream().map(result -> result.get("missingCondition"))
        .filter(Objects::nonNull).map(Object::toString).toList();
    execution.setVariable(READY, ready);
    execution.setVariable(MISSING_TEXT, missing.stream().map(condition -> "- " + condition).collect(Collectors.joining("\n")));
  }

  public void present(DelegateTask task) {
    String missing = String.valueOf(task.getVariable(MISSING_TEXT)).replace("\n- ", " ").replaceFirst("^- ", "");
    task.setDescription(TaskTexts.description("Annex B: Phase 1 starts only when all five conditions hold. Not met yet: " + missing));
    task.setVariableLocal(TaskTexts.STANDARD_TEXT, "Phase 1 starts when:\n\n" + catalogue.phaseEntryConditions().stream()
        .map(condition -> "- " + condition.label() + " " + condition.text()).collect(Collectors.joining("\n")));
  }
}
