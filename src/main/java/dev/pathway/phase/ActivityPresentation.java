package dev.pathway.phase;

import static dev.pathway.phase.PhaseModel.ACTIVITY_ID;
import static dev.pathway.phase.PhaseModel.PHASE;
import static dev.pathway.phase.PhaseModel.ROUND;
import static dev.pathway.programme.ProgrammeModel.IMPLEMENTATION_ID;

import dev.pathway.catalogue.Activity;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.documents.EvidenceLinks;
import dev.pathway.forms.ShownText;
import dev.pathway.forms.TaskPresentation;
import dev.pathway.process.TaskTexts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * What a Table B.1 activity task shows, from the catalogue and the phase plan, when its form is
 * fetched.
 */
@Component
class ActivityPresentation implements TaskPresentation {

  private final Catalogue catalogue;
  private final PhasePlanRepository plans;
  private final PhaseReports reports;
  private final ActivityRecordRepository records;
  private final EvidenceLinks evidence;

  ActivityPresentation(
      Catalogue catalogue,
      PhasePlanRepository plans,
      PhaseReports reports,
      ActivityRecordRepository records,
      EvidenceLinks evidence) {
    this.catalogue = catalogue;
    this.plans = plans;
    this.reports = reports;
    this.records = records;
    this.evidence = evidence;
  }

  @Override
  public String formId() {
    return ActivityOutcomeRule.FORM;
  }

  @Override
  public Map<String, Object> variables(DelegateTask task) {
    String activityId = ACTIVITY_ID.get(task);
    if (activityId == null) {
      return Map.of();
    }
    Activity activity = catalogue.activity(activityId);
    int phase = PHASE.get(task);
    Map<String, Object> shown = new HashMap<>();
    PhaseModel.ACTIVITY_REFERENCE.into(shown, activity.reference());
    TaskTexts.STANDARD_TEXT.into(
        shown,
        "**Table B.1 "
            + activity.reference()
            + "** "
            + activity.text()
            + "\n\n*Responsibility:* "
            + responsibility(activity));
    PhaseModel.KEY_CHARACTERISTICS.into(shown, reports.keyCharacteristics(activity.area(), phase));
    PhaseModel.PLAN_NOTE.into(shown, reports.activityNote(activity, origin(task, activity), phase));
    String earlier = earlierRecords(IMPLEMENTATION_ID.get(task), activity, phase, ROUND.get(task));
    if (earlier != null) {
      PhaseModel.EARLIER_RECORDS.into(shown, earlier);
    }
    return shown;
  }

  /**
   * What earlier phases and rounds recorded for the activity, oldest first, as a Markdown list;
   * what people wrote is escaped. Null when nothing was.
   */
  private String earlierRecords(String implementationId, Activity activity, int phase, int round) {
    List<ActivityRecord> earlier =
        records.ofActivity(implementationId, activity.id()).stream()
            .filter(
                record ->
                    record.phase() < phase || record.phase() == phase && record.round() < round)
            .toList();
    if (earlier.isEmpty()) {
      return null;
    }
    Map<String, List<String>> documents = evidence.linkedTo(implementationId);
    return earlier.stream()
        .map(record -> line(record, documents.getOrDefault(record.taskId(), List.of())))
        .collect(Collectors.joining("\n"));
  }

  private static String line(ActivityRecord record, List<String> documents) {
    StringBuilder line =
        new StringBuilder("- **Phase " + record.phase() + "**")
            .append(record.round() > 1 ? " (round " + record.round() + ")" : "")
            .append(": ")
            .append(record.outcome().value())
            .append(", by ")
            .append(ShownText.escape(String.valueOf(record.completedBy())))
            .append(" on ")
            .append(record.completedAt().toString(), 0, 10);
    if (record.evidence() != null && !record.evidence().isBlank()) {
      line.append(". Evidence: ").append(ShownText.escape(record.evidence()));
    }
    if (!documents.isEmpty()) {
      line.append(". Documents: ").append(String.join(", ", documents));
    }
    if (record.justification() != null && !record.justification().isBlank()) {
      line.append(". Why it does not apply: ").append(ShownText.escape(record.justification()));
    }
    if (record.notApplicable() != null) {
      line.append(". ").append(boardDecision(record.notApplicable()));
    }
    return line.toString();
  }

  private static String boardDecision(NotApplicableApproval approval) {
    return switch (approval.decision()) {
      case PENDING -> "The implementation board has not decided yet: it counts as open";
      case APPROVED ->
          "The implementation board approved it"
              + (approval.decidedBy() == null
                  ? ""
                  : " (" + ShownText.escape(approval.decidedBy()) + ")");
      case REFUSED ->
          "The implementation board refused it ("
              + ShownText.escape(String.valueOf(approval.decidedBy()))
              + "): "
              + ShownText.escape(String.valueOf(approval.reason()));
    };
  }

  String responsibility(Activity activity) {
    return activity.roles().stream()
        .map(role -> catalogue.role(role).name())
        .collect(Collectors.joining(", "));
  }

  /** Why the activity is in this round of the phase's plan. */
  PlanOrigin origin(DelegateTask task, Activity activity) {
    return plans.origin(
        IMPLEMENTATION_ID.get(task), PHASE.get(task), ROUND.get(task), activity.id());
  }
}
