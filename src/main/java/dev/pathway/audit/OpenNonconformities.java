package dev.pathway.audit;

import dev.pathway.process.ProcessVariable;
import dev.pathway.programme.ProgrammeModel;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The nonconformities still open, for the phase gate: the exit decision ({@code
 * dmn/phase-exit.dmn}) reads {@link #OPEN_MAJOR_NONCONFORMITIES}, and Phase 3 does not proceed
 * while one is open; the achievement analysis shows them.
 */
@Component("openNonconformities")
public class OpenNonconformities {

  /** An input of the exit decision: the major nonconformities of internal audits still open. */
  public static final ProcessVariable<Integer> OPEN_MAJOR_NONCONFORMITIES =
      ProcessVariable.integer("openMajorNonconformities");

  /** What the achievement analysis shows of them. */
  public static final ProcessVariable<String> OPEN_NONCONFORMITIES_TEXT =
      ProcessVariable.string("openNonconformitiesText");

  private final AuditRepository audits;
  private final CorrectiveActions correctiveActions;

  OpenNonconformities(AuditRepository audits, CorrectiveActions correctiveActions) {
    this.audits = audits;
    this.correctiveActions = correctiveActions;
  }

  /** {@code ${openNonconformities.present(task)}} on create of the achievement analysis. */
  public void present(DelegateTask task) {
    String text =
        audits.findings(ProgrammeModel.IMPLEMENTATION_ID.get(task)).stream()
            .filter(finding -> AuditRepository.OPEN.equals(finding.status()))
            .map(finding -> "- " + correctiveActions.describe(finding).replace("\n\n", " "))
            .collect(Collectors.joining("\n"));
    OPEN_NONCONFORMITIES_TEXT.setLocal(task, text.isEmpty() ? null : text);
  }

  /**
   * {@code ${openNonconformities.writeGateInput(task)}} on complete of the achievement analysis.
   */
  public void writeGateInput(DelegateTask task) {
    OPEN_MAJOR_NONCONFORMITIES.set(
        task.getExecution(),
        audits.openCount(
            ProgrammeModel.IMPLEMENTATION_ID.get(task), FindingKind.MAJOR_NONCONFORMITY));
  }
}
