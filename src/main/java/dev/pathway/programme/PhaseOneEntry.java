package dev.pathway.programme;

import static dev.pathway.programme.ProgrammeModel.MISSING_ENTRY_CONDITIONS_TEXT;
import static dev.pathway.programme.ProgrammeModel.PHASE_1_ENTRY_RESULT;
import static dev.pathway.programme.ProgrammeModel.PHASE_1_READY;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.process.TaskTexts;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Reads the Phase 1 entry decision (DMN {@code phase-1-entry}, one result per condition of Annex B
 * that is not met) into {@code phase1Ready} and the list of missing conditions, and shows that list
 * to the implementation board.
 */
@Component("phaseOneEntry")
public class PhaseOneEntry implements ExecutionListener {

  /** The output columns of {@code dmn/phase-1-entry.dmn}. */
  private static final String READY_OUTPUT = "ready";

  private static final String MISSING_OUTPUT = "missingCondition";

  private final Catalogue catalogue;

  PhaseOneEntry(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> results =
        (List<Map<String, Object>>) PHASE_1_ENTRY_RESULT.get(execution);
    boolean ready =
        results.stream().anyMatch(result -> Boolean.TRUE.equals(result.get(READY_OUTPUT)));
    List<String> missing =
        results.stream()
            .map(result -> result.get(MISSING_OUTPUT))
            .filter(Objects::nonNull)
            .map(Object::toString)
            .toList();
    PHASE_1_READY.set(execution, ready);
    MISSING_ENTRY_CONDITIONS_TEXT.set(
        execution,
        missing.stream().map(condition -> "- " + condition).collect(Collectors.joining("\n")));
  }

  public void present(DelegateTask task) {
    String missing =
        String.valueOf(MISSING_ENTRY_CONDITIONS_TEXT.get(task))
            .replace("\n- ", " ")
            .replaceFirst("^- ", "");
    task.setDescription(
        TaskTexts.description(
            "Annex B: Phase 1 starts only when all five conditions hold. Not met yet: " + missing));
    TaskTexts.STANDARD_TEXT.setLocal(
        task,
        "Phase 1 starts when:\n\n"
            + catalogue.phaseEntryConditions().stream()
                .map(condition -> "- " + condition.label() + " " + condition.text())
                .collect(Collectors.joining("\n")));
  }
}
