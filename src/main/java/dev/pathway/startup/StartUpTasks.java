package dev.pathway.startup;

import dev.pathway.catalogue.Area;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.catalogue.StartUpItem;
import dev.pathway.forms.ShownText;
import dev.pathway.identity.RoleGroups;
import dev.pathway.process.ProcessVariable;
import dev.pathway.process.TaskTexts;
import dev.pathway.programme.CurrentState;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Shows each Table A.1 task what the standard asks: the description holds the item's full text with
 * its numbered points, and the form reads the same text from {@code standardText}. A task that got
 * its work sent back also shows the reason.
 */
@Component("startUpTasks")
public class StartUpTasks {

  private final Catalogue catalogue;
  private final RoleGroups roleGroups;

  StartUpTasks(Catalogue catalogue, RoleGroups roleGroups) {
    this.catalogue = catalogue;
    this.roleGroups = roleGroups;
  }

  /** The groups of the item's manager in Table A.1 ("Top" or "Project"). */
  public List<String> candidateGroups(String label) {
    return roleGroups.groupsOf(catalogue.startUpItem(label).role());
  }

  public void present(DelegateTask task, String label) {
    present(task, label, null);
  }

  public void present(DelegateTask task, String label, String returnReasonVariable) {
    StartUpItem item = catalogue.startUpItem(label);
    TaskTexts.describe(
        task,
        item.reference() + " " + plainText(item) + " (Which manager? " + item.manager() + ")",
        returnReasonVariable == null ? null : ProcessVariable.string(returnReasonVariable));
    TaskTexts.STANDARD_TEXT.setLocal(task, markdown(item));
  }

  /** An approval: shows the item like any other, and starts from a blank reason. */
  public void presentDecision(DelegateTask task, String label, String returnReasonVariable) {
    present(task, label);
    TaskTexts.startFromBlankReason(task, ProcessVariable.string(returnReasonVariable));
  }

  /**
   * {@code ${startUpTasks.presentGapAnalysis(task)}}: the gap analysis that the business case, its
   * approval, the plan and its agreement are based on, shown read-only: the current state of each
   * process area with its note, and the status of the current SMS.
   */
  public void presentGapAnalysis(DelegateTask task) {
    StringBuilder text =
        new StringBuilder("| Process area | Current state | Notes |\n|---|---|---|\n");
    for (Area area : catalogue.areas()) {
      String note = StartUpModel.currentStateNotesOf(area).get(task);
      text.append("| ")
          .append(area.name())
          .append(" | ")
          .append(StartUpModel.currentStateOf(area).getOrDefault(task, CurrentState.NONE).label())
          .append(" | ")
          .append(note == null ? "" : ShownText.escape(note.replaceAll("\\R", " ")))
          .append(" |\n");
    }
    String status = StartUpModel.GAP_SMS_STATUS.get(task);
    if (status != null && !status.isBlank()) {
      text.append("\n**Status of the current SMS (Table A.1 d) 1)):** ")
          .append(ShownText.escape(status));
    }
    StartUpModel.GAP_ANALYSIS_RESULTS_TEXT.setLocal(task, text.toString());
  }

  static String plainText(StartUpItem item) {
    return item.text()
        + IntStream.range(0, item.points().size())
            .mapToObj(i -> " " + (i + 1) + ") " + item.points().get(i))
            .collect(Collectors.joining());
  }

  static String markdown(StartUpItem item) {
    String points =
        IntStream.range(0, item.points().size())
            .mapToObj(i -> (i + 1) + ". " + item.points().get(i))
            .collect(Collectors.joining("\n"));
    return "**Table A.1 "
        + item.label()
        + "** "
        + item.text()
        + (points.isEmpty() ? "" : "\n\n" + points);
  }
}
