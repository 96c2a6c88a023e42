package dev.pathway.audit;

import static dev.pathway.audit.CorrectiveActionModel.ACTION_DUE_DATE;
import static dev.pathway.audit.CorrectiveActionModel.ACTION_OWNER;
import static dev.pathway.audit.CorrectiveActionModel.ACTION_TAKEN;
import static dev.pathway.audit.CorrectiveActionModel.CORRECTION;
import static dev.pathway.audit.CorrectiveActionModel.CORRECTIVE_ACTION;
import static dev.pathway.audit.CorrectiveActionModel.FINDING_AREA;
import static dev.pathway.audit.CorrectiveActionModel.FINDING_ID;
import static dev.pathway.audit.CorrectiveActionModel.FINDING_TEXT;
import static dev.pathway.audit.CorrectiveActionModel.ROOT_CAUSE;
import static dev.pathway.audit.CorrectiveActionModel.VERIFICATION_NOTES;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.process.TaskTexts;
import dev.pathway.process.ValueSet;
import dev.pathway.programme.ProgrammeModel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The tasks of a corrective action (ISO/IEC 20000-1 nonconformity and corrective action; Table B.1
 * Monitor, measure, review and internal audit): who acts (the groups that carry out the area's
 * activities), what each task shows, and the finding closed when the action is verified.
 */
@Component("correctiveActionSteps")
public class CorrectiveActions {

  private static final int NAME_FINDING_LENGTH = 60;

  private final RuntimeService runtime;
  private final AuditRepository audits;
  private final Impartiality impartiality;
  private final Directory directory;
  private final Catalogue catalogue;

  CorrectiveActions(
      RuntimeService runtime,
      AuditRepository audits,
      Impartiality impartiality,
      Directory directory,
      Catalogue catalogue) {
    this.runtime = runtime;
    this.audits = audits;
    this.impartiality = impartiality;
    this.directory = directory;
    this.catalogue = catalogue;
  }

  /** Opens the corrective action of a nonconformity; returns its process instance id. */
  String start(String businessKey, String implementationId, AuditRepository.Finding finding) {
    Map<String, Object> variables = new HashMap<>();
    ProgrammeModel.IMPLEMENTATION_ID.into(variables, implementationId);
    FINDING_ID.into(variables, finding.findingId());
    FINDING_AREA.into(variables, finding.areaId());
    FINDING_TEXT.into(variables, describe(finding));
    // the auditor need not be allowed to start processes: the SMS opens the corrective action
    return Context.getCommandContext()
        .runWithoutAuthorization(
            () ->
                runtime
                    .createProcessInstanceByKey(CorrectiveActionModel.KEY)
                    .businessKey(businessKey)
                    .setVariables(variables)
                    .execute()
                    .getId());
  }

  String describe(AuditRepository.Finding finding) {
    return ValueSet.of(FindingKind.class, finding.kind()).label()
        + " in "
        + catalogue.area(finding.areaId()).name()
        + ", ISO/IEC 20000-1 clause "
        + finding.clause()
        + "\n\n"
        + finding.statement()
        + "\n\nEvidence: "
        + finding.evidence();
  }

  /** {@code ${correctiveActions.groups(execution)}}: the groups that carry out the area's work. */
  public List<String> groups(DelegateExecution execution) {
    return impartiality.groupsOfArea(FINDING_AREA.get(execution));
  }

  public void presentPlan(DelegateTask task) {
    name(task, "Correct the nonconformity and plan its corrective action");
    CorrectiveActionModel.OWNER_OPTIONS.setLocal(
        task, directory.membersOf(groups(task.getExecution())));
    TaskTexts.STANDARD_TEXT.setLocal(
        task,
        "**Nonconformity and corrective action:** react to the nonconformity (correct it), find its"
            + " cause, and decide the action that keeps it from happening again; an owner carries it out by"
            + " its due date, and the audit group verifies that it was effective.");
  }

  public void presentAction(DelegateTask task) {
    name(task, "Take the corrective action");
    task.setDueDate(dueDate(ACTION_DUE_DATE.get(task)));
    CorrectiveActionModel.ACTION_SUMMARY_TEXT.setLocal(task, planned(task));
  }

  public void presentVerification(DelegateTask task) {
    name(task, "Verify the effectiveness of the corrective action");
    VERIFICATION_NOTES.set(task, null);
    CorrectiveActionModel.ACTION_SUMMARY_TEXT.setLocal(
        task, planned(task) + "\n\nAction taken: " + ACTION_TAKEN.get(task));
  }

  /** The nonconformity closes when its corrective action is verified effective. */
  public void close(DelegateExecution execution) {
    audits.close(FINDING_ID.get(execution), ClockUtil.getCurrentTime().toInstant());
  }

  private void name(DelegateTask task, String step) {
    AuditRepository.Finding finding = audits.finding(FINDING_ID.get(task));
    String area = catalogue.area(FINDING_AREA.get(task)).name();
    task.setName(
        step
            + ": "
            + TaskTexts.shorten(
                finding == null ? area : area + " " + finding.clause(), NAME_FINDING_LENGTH));
    task.setDescription(
        TaskTexts.description(finding == null ? FINDING_TEXT.get(task) : finding.statement()));
  }

  private String planned(DelegateTask task) {
    return "Correction: "
        + CORRECTION.get(task)
        + "\n\nRoot cause: "
        + ROOT_CAUSE.get(task)
        + "\n\nCorrective action: "
        + CORRECTIVE_ACTION.get(task)
        + "\n\nOwner: "
        + directory.nameOf(ACTION_OWNER.get(task))
        + ", due "
        + ACTION_DUE_DATE.get(task);
  }

  private static Date dueDate(String date) {
    return date == null || date.length() < 10
        ? null
        : Date.from(
            LocalDate.parse(date.substring(0, 10))
                .atStartOfDay(ZoneId.systemDefault())
                .toInstant());
  }
}
