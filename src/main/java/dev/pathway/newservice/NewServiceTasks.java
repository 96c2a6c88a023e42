package dev.pathway.newservice;

import dev.pathway.catalogue.Activity;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.catalogue.Row;
import dev.pathway.tasks.TaskTexts;
import dev.pathway.tasks.VariableValues;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The tasks of a new-or-changed-service project (8.3) show the Table B.1 "New or changed services" item they follow,
 * with its numbered points.
 */
@Component("newServiceTasks")
public class NewServiceTasks {

  private static final String AREA = "new-or-changed-services";

  private final Catalogue catalogue;

  NewServiceTasks(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  public void present(DelegateTask task, String label) {
    String service = VariableValues.text(task, "serviceName");
    Row item = item(label);
    List<Row> points = points(item);
    task.setDescription(TaskTexts.description((service == null ? "" : service + ": ") + "Table B.1 New or changed services " + label + " "
        + item.text() + points.stream().map(point -> " " + point.label() + " " + point.text()).collect(Collectors.joining())));
    // "1\)" keeps the standard's numbering: a bare "1)" would start a markdown list numbered "1."
    task.setVariableLocal(TaskTexts.STANDARD_TEXT, "**Table B.1 New or changed services " + label + "** " + item.text()
        + points.stream().map(point -> "\n- " + point.label().replace(")", "\\)") + " " + point.text())
        .collect(Collectors.joining()));
  }

  public void presentWithReturn(DelegateTask task, String label, String returnReasonVariable) {
    present(task, label);
    String reason = VariableValues.text(task, returnReasonVariable);
    if (reason != null && !reason.isBlank()) {
      task.setDescription(TaskTexts.description(task.getDescription() + " Sent back: " + reason));
    }
  }

  /** The change management approval starts from a blank reason (see StartUpTasks#presentDecision). */
  public void presentDecision(DelegateTask task, String label, String returnReasonVariable) {
    present(task, label);
    task.setVariable(returnReasonVariable, null);
  }

  public void presentBuild(DelegateTask task, String label, String role) {
    present(task, label);
    task.setVariableLocal("buildRole", "Your part: " + role);
  }

  private Row item(String label) {
    return catalogue.area(AREA).rows().stream().filter(row -> row.parent() == null && row.label().equals(label))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("No item " + label + " in " + AREA));
  }

  /** The numbered points under a heading row such as b) or d). */
  private List<Row> points(Row item) {
    return catalogue.area(AREA).activities().stream()
        .filter(activity -> activity.parent() != null && activity.parent().id().equals(item.id()))
        .map(Activity::row).toList();
  }
}
