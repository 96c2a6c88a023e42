package dev.pathway.forms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Turns the values of {@link RecordedFields} into transient values before the engine applies a
 * submission.
 */
@Component
class RecordedValues {

  private final Map<String, Set<String>> fieldsByForm;

  RecordedValues(List<RecordedFields> recorded) {
    this.fieldsByForm =
        recorded.stream()
            .collect(
                Collectors.toMap(RecordedFields::formId, fields -> Set.copyOf(fields.fields())));
  }

  /**
   * The submission as the engine should apply it. A field that already exists as a stored variable
   * (a task created before its form's values were recorded this way) stays stored: the engine
   * refuses to turn a stored variable transient.
   */
  Map<String, Object> kept(String formId, Map<String, Object> submitted, VariableScope task) {
    Set<String> fields = fieldsByForm.get(formId);
    if (fields == null || submitted == null) {
      return submitted;
    }
    Map<String, Object> applied = new HashMap<>(submitted);
    for (String field : fields) {
      if (applied.containsKey(field) && !task.hasVariable(field)) {
        applied.put(field, Variables.untypedValue(FormValues.plain(applied.get(field)), true));
      }
    }
    return applied;
  }
}
