package dev.pathway.phase;

import static dev.pathway.phase.PhaseModel.ACTIVITY_ID;
import static dev.pathway.phase.PhaseModel.EVIDENCE;
import static dev.pathway.phase.PhaseModel.JUSTIFICATION;
import static dev.pathway.phase.PhaseModel.NOTES;
import static dev.pathway.phase.PhaseModel.OUTCOME;
import static dev.pathway.phase.PhaseModel.PHASE;
import static dev.pathway.phase.PhaseModel.ROUND;
import static dev.pathway.programme.ProgrammeModel.IMPLEMENTATION_ID;

import dev.pathway.catalogue.Activity;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.documents.EvidenceLinks;
import dev.pathway.identity.RoleGroups;
import dev.pathway.process.Actors;
import dev.pathway.process.ProcessVariable;
import dev.pathway.process.TaskTexts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The user task of one Table B.1 activity in a phase (multi-instance over the phase plan of its
 * area): who gets it, what it shows, and the record it leaves when it is completed.
 */
@Component("activityTasks")
public class ActivityTasks {

  static final int CARRIED_OVER_PRIORITY = 70;

  /**
   * What a person records on an activity task: kept in Pathway's record, never as process
   * variables.
   */
  static final List<ProcessVariable<?>> RECORDED =
      List.of(OUTCOME, EVIDENCE, PhaseModel.EVIDENCE_DOCUMENTS, JUSTIFICATION, NOTES);

  private final Catalogue catalogue;
  private final RoleGroups roleGroups;
  private final ActivityRecordRepository records;
  private final PhaseReports reports;
  private final ActivityPresentation presentation;
  private final EvidenceLinks evidence;
  private final NotApplicableApprovals notApplicable;

  ActivityTasks(
      Catalogue catalogue,
      RoleGroups roleGroups,
      ActivityRecordRepository records,
      PhaseReports reports,
      ActivityPresentation presentation,
      EvidenceLinks evidence,
      NotApplicableApprovals notApplicable) {
    this.notApplicable = notApplicable;
    this.catalogue = catalogue;
    this.roleGroups = roleGroups;
    this.records = records;
    this.reports = reports;
    this.presentation = presentation;
    this.evidence = evidence;
  }

  /** The candidate groups: the groups holding every responsibility role of the activity. */
  public List<String> candidateGroups(String activityId) {
    return roleGroups.groupsOfAll(catalogue.activity(activityId).roles());
  }

  /**
   * The candidate groups of a task that follows a row of Table B.1, heading rows included (e.g. 8.3
   * projects).
   */
  public List<String> candidateGroupsOfRow(String rowId) {
    return roleGroups.groupsOfAll(catalogue.row(rowId).roles());
  }

  /**
   * Names the task, describes it and sets its priority and due date. What its form shows besides is
   * computed when the form is fetched ({@link ActivityPresentation}); what the person records is
   * submitted as transient values and kept only in Pathway's record: the task itself carries no
   * variables.
   */
  public void present(DelegateTask task) {
    Activity activity = catalogue.activity(ACTIVITY_ID.get(task));
    int phase = PHASE.get(task);
    PlanOrigin origin = presentation.origin(task, activity);
    String note = reports.activityNote(activity, origin, phase);
    task.setName(activity.reference());
    // Tasklist shows the description on one line: sentences, not line breaks
    task.setDescription(
        TaskTexts.description(
            activity.text()
                + " Responsibility: "
                + presentation.responsibility(activity)
                + "."
                + (note == null ? "" : " " + note)));
    if (origin == PlanOrigin.CARRIED_OVER || origin == PlanOrigin.EXTENSION) {
      task.setPriority(CARRIED_OVER_PRIORITY);
    }
    task.setDueDate(targetEnd(task));
  }

  public void record(DelegateTask task) {
    Activity activity = catalogue.activity(ACTIVITY_ID.get(task));
    ActivityRecord record =
        new ActivityRecord(
            task.getId(),
            IMPLEMENTATION_ID.get(task),
            PHASE.get(task),
            ROUND.get(task),
            activity.area().id(),
            activity.id(),
            OUTCOME.get(task),
            EVIDENCE.get(task),
            JUSTIFICATION.get(task),
            NOTES.get(task),
            Actors.completedBy(task),
            ClockUtil.getCurrentTime().toInstant(),
            NotApplicableApproval.whenRecorded(OUTCOME.get(task)));
    records.save(record);
    if (record.outcome() == Outcome.NOT_APPLICABLE) {
      notApplicable.request(task, record, activity);
    }
    evidence.link(
        task.getId(), IMPLEMENTATION_ID.get(task), PhaseModel.EVIDENCE_DOCUMENTS.get(task));
  }

  private static Date targetEnd(DelegateTask task) {
    String target = PhaseModel.TARGET_END.get(task);
    if (target == null || target.isBlank()) {
      return null;
    }
    try {
      return Date.from(
          LocalDate.parse(target.substring(0, 10))
              .atStartOfDay(ZoneId.systemDefault())
              .toInstant());
    } catch (DateTimeParseException | IndexOutOfBoundsException e) {
      return null;
    }
  }
}
