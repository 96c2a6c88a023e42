package dev.pathway.startup;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.catalogue.StartUpItem;
import dev.pathway.roles.RoleGroups;
import dev.pathway.tasks.TaskTexts;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Shows each Table A.1 task what the standard asks: the description holds the item's full text with its numbered
 * points, and the form reads the same text from {@code standardText}. A task that got its work sent back also
 * shows the reason.
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
    String description = item.reference() + " " + plainText(item) + " (Which manager? " + item.manager() + ")";
    Object reason = returnReasonVariable == null ? null : task.getVariable(returnReasonVariable);
    if (reason != null && !reason.toString().isBlank()) {
      description += " Sent back: " + reason;
    }
    task.setDescription(TaskTexts.description(description));
    task.setVariableLocal(TaskTexts.STANDARD_TEXT, markdown(item));
  }

  /**
   * An approval: shows the item like any other, and empties the reason of an earlier send-back, which the task that
   * reworked the item has shown; the approver starts from a blank reason.
   */
  public void presentDecision(DelegateTask task, String label, String returnReasonVariable) {
    present(task, label);
    task.setVariable(returnReasonVariable, null);
  }

  static String plainText(StartUpItem item) {
    return item.text() + IntStream.range(0, item.points().size())
        .mapToObj(i -> " " + (i + 1) + ") " + item.points().get(i))
        .collect(Collectors.joining());
  }

  static String markdown(StartUpItem item) {
    String points = IntStream.range(0, item.points().size())
        .mapToObj(i -> (i + 1) + ". " + item.points().get(i))
        .collect(Collectors.joining("\n"));
    return "**Table A.1 " + item.label() + "** " + item.text() + (points.isEmpty() ? "" : "\n\n" + points);
  }
}
