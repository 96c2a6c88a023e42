package dev.pathway.phase;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.process.TaskTexts;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Table 1, Phase 3: "Analysis of the status at the end Phase 3, including a full internal audit
 * and, where appropriate, preparation for conforming to the standard."
 */
@Component("phaseClose")
public class PhaseClose {

  private static final int FINAL_PHASE = 3;
  private static final int ANALYSIS_OBJECTIVE = 3;
  private static final String FULL_INTERNAL_AUDIT_NAME = "Full internal audit (Phase 3)";

  private final Catalogue catalogue;

  PhaseClose(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * {@code phaseClose.presentAudit(task)} on create of the task of {@code internal-audit} when it
   * runs as the full internal audit of Phase 3.
   */
  public void presentAudit(DelegateTask task) {
    task.setName(FULL_INTERNAL_AUDIT_NAME);
    String objective = catalogue.phase(FINAL_PHASE).objectives().get(ANALYSIS_OBJECTIVE);
    task.setDescription(
        TaskTexts.description(
            "Table 1, Phase 3: "
                + objective
                + " Audit the whole SMS against the agreed service requirements and the requirements of ISO/IEC 20000-1."));
    TaskTexts.STANDARD_TEXT.setLocal(
        task,
        "**Table 1, Phase 3:** "
            + objective
            + "\n\n"
            + catalogue.activity("monitor-measure-review-and-internal-audit.k.1").text()
            + "\n- "
            + catalogue.activity("monitor-measure-review-and-internal-audit.k.2").row().text());
  }

  public void presentPreparation(DelegateTask task) {
    String objective = catalogue.phase(FINAL_PHASE).objectives().get(ANALYSIS_OBJECTIVE);
    task.setDescription(
        TaskTexts.description(
            "Table 1, Phase 3: " + objective + " Prepare for the conformity assessment."));
    TaskTexts.STANDARD_TEXT.setLocal(task, "**Table 1, Phase 3:** " + objective);
    PhaseModel.AUDIT_CONCLUSION_TEXT.setLocal(
        task,
        "Internal audit conclusion: **"
            + PhaseModel.AUDIT_CONCLUSION.get(task).label()
            + "**, "
            + PhaseModel.NONCONFORMITIES_FOUND.get(task)
            + " nonconformities. Findings: "
            + PhaseModel.AUDIT_FINDINGS.get(task));
  }
}
