package dev.pathway.startup;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.catalogue.StartUpItem;
import dev.pathway.identity.RoleGroups;
import dev.pathway.process.ProcessVariable;
import dev.pathway.process.TaskTexts;
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
