package dev.pathway.tasks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.spin.json.SpinJsonNode;

/** Reading and writing the variable values Pathway's processes share: text, and lists held as JSON. */
public final class VariableValues {

  private VariableValues() {
  }

  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  /** A list of strings held as a JSON variable (a list, or Spin JSON as Tasklist submits it); empty when not set. */
  public static List<String> stringList(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    List<String> strings = new ArrayList<>();
    if (value instanceof Collection<?> list) {
      list.forEach(item -> strings.add(String.valueOf(item)));
    } else if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(item -> strings.add(item.isString() ? item.stringValue() : item.toString()));
    }
    return strings;
  }

  /** Stores a list as JSON, readable by forms and by {@link #stringList}. */
  public static ObjectValue jsonList(Collection<?> values) {
    return Variables.objectValue(new ArrayList<>(values)).serializationDataFormat(Variables.SerializationDataFormats.JSON)
        .create();
  }
}
