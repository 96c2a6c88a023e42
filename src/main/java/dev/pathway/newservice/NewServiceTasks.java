package dev.pathway.newservice;

import dev.pathway.catalogue.Activity;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.catalogue.Row;
import dev.pathway.process.ProcessVariable;
import dev.pathway.process.TaskTexts;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The tasks of a new-or-changed-service project (8.3) show the Table B.1 "New or changed services"
 * item they follow, with its numbered points.
 */
@Component("newServiceTasks")
public class NewServiceTasks {

  private static final String AREA = "new-or-changed-services";

  private final Catalogue catalogue;

  NewServiceTasks(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  public void present(DelegateTask task, String label) {
    String service = NewServiceModel.SERVICE_NAME.get(task);
    Row item = item(label);
    List<Row> points = points(item);
    task.setDescription(
        TaskTexts.description(
            (service == null ? "" : service + ": ")
                + "Table B.1 New or changed services "
                + label
                + " "
                + item.text()
                + points.stream()
                    .map(point -> " " + point.label() + " " + point.text())
                    .collect(Collectors.joining())));
    // "1\)" keeps the standard's numbering: a bare "1)" would start a markdown list numbered "1."
    TaskTexts.STANDARD_TEXT.setLocal(
        task,
        "**Table B.1 New or changed services "
            + label
            + "** "
            + item.text()
            + points.stream()
                .map(point -> "\n- " + point.label().replace(")", "\\)") + " " + point.text())
                .collect(Collectors.joining()));
  }

  public void presentWithReturn(DelegateTask task, String label, String returnReasonVariable) {
    present(task, label);
    TaskTexts.describe(task, task.getDescription(), ProcessVariable.string(returnReasonVariable));
  }

  /** The change management approval starts from a blank reason. */
  public void presentDecision(DelegateTask task, String label, String returnReasonVariable) {
    present(task, label);
    TaskTexts.startFromBlankReason(task, ProcessVariable.string(returnReasonVariable));
  }

  public void presentBuild(DelegateTask task, String label, String role) {
    present(task, label);
    NewServiceModel.BUILD_ROLE.setLocal(task, "Your part: " + role);
  }

  private Row item(String label) {
    return catalogue.area(AREA).rows().stream()
        .filter(row -> row.parent() == null && row.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No item " + label + " in " + AREA));
  }

  /** The numbered points under a heading row such as b) or d). */
  private List<Row> points(Row item) {
    return catalogue.area(AREA).activities().stream()
        .filter(activity -> activity.parent() != null && activity.parent().id().equals(item.id()))
        .map(Activity::row)
        .toList();
  }
}
