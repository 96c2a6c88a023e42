package dev.pathway.phase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.spin.json.SpinJsonNode;

/** The process variables of a phase, by name, and how to read them. */
public final class PhaseVariables {

  public static final String IMPLEMENTATION_ID = "implementationId";
  public static final String PHASE = "phase";
  public static final String ROUND = "round";
  public static final String ACTIVITY_ID = "activityId";
  public static final String CARRY_OVER = "carryOver";
  public static final String APPROVALS_REQUIRED = "approvalsRequired";

  public static final String OUTCOME = "outcome";
  public static final String EVIDENCE = "evidence";
  public static final String JUSTIFICATION = "justification";
  public static final String NOTES = "notes";

  public static final String PHASE_OBJECTIVES = "phaseObjectives";

  private PhaseVariables() {
  }

  public static String implementationId(VariableScope scope) {
    return (String) scope.getVariable(IMPLEMENTATION_ID);
  }

  public static int phase(VariableScope scope) {
    return ((Number) scope.getVariable(PHASE)).intValue();
  }

  public static int round(VariableScope scope) {
    return ((Number) scope.getVariable(ROUND)).intValue();
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
    return Variables.objectValue(new ArrayList<>(values)).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }
}
