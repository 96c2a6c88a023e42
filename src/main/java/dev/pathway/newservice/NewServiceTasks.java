package dev.pathway.newservice;

import dev.pathway.catalogue.Activity;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.catalogue.Row;
import dev.pathway.phase.PhaseVariables;
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
    String service = PhaseVariables.text(task, "serviceName");
    String item = itemText(label);
    task.setDescription((service == null ? "" : service + ": ") + "Table B.1 New or changed services " + label + " " + item);
    task.setVariableLocal(PhaseVariables.STANDARD_TEXT, "**Table B.1 New or changed services " + label + "** "
        + item.replace("; ", ";\n- "));
  }

  public void presentWithReturn(DelegateTask task, String label, String returnReasonVariable) {
    present(task, label);
    String reason = PhaseVariables.text(task, returnReasonVariable);
    if (reason != null && !reason.isBlank()) {
      task.setDescription(task.getDescription() + "\nSent back: " + reason);
    }
  }

  public void presentBuild(DelegateTask task, String label, String role) {
    present(task, label);
    task.setVariableLocal("buildRole", "Your part: " + role);
  }

  /** The item's text; for a heading row such as b) or d), followed by its numbered points. */
  private String itemText(String label) {
    Row item = catalogue.area(AREA).rows().stream().filter(row -> row.parent() == null && row.label().equals(label))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("No item " + label + " in " + AREA));
    String points = catalogue.area(AREA).activities().stream()
        .filter(activity -> activity.parent() != null && activity.parent().id().equals(item.id()))
        .map(Activity::row).map(row -> row.label() + " " + row.text())
        .collect(Collectors.joining(" "));
    return points.isEmpty() ? item.text() : item.text() + " " + points;
  }
}
