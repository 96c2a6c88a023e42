package dev.pathway.forms;

import dev.pathway.phase.PhaseModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Answers a person could give on a form, made from its schema: every field filled with a value its
 * type, bounds, pattern and options accept, except the fields the form's conditions hide (form-js
 * does not submit those).
 */
final class Answers {

  /** A value for each pattern the forms use; a form with a new pattern needs one here. */
  private static final Map<String, String> MATCHING_PATTERN =
      Map.of(
          "^P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$",
          "P3M",
          "^" + Clauses.CLAUSE + "$",
          "8.5.1",
          "^" + Clauses.CLAUSE + "(\\s*,\\s*" + Clauses.CLAUSE + ")*$",
          "6.1, 6.2");

  /** An ISO/IEC 20000-1 clause as the audit forms accept it: "8.5.1", "4.5.3 b)". */
  private static final class Clauses {
    static final String CLAUSE = "[1-9][0-9]?(\\.[0-9]+)*( ?[a-z]\\))?";
  }

  /**
   * Variables of the process that the forms read: options from the process, and what conditions
   * look at.
   */
  private static final Map<String, Object> PROCESS_VARIABLES =
      Map.of(
          // the plan adjustment offers deferral to the next phase, except in Phase 3
          PhaseModel.PHASE.name(), 1);

  private final FormSchema form;
  private final Map<String, String> choices;
  private final Map<String, Object> existing = new HashMap<>(PROCESS_VARIABLES);

  /**
   * @param choices the option chosen for some single-choice fields; the others get their first
   *     option
   */
  Answers(FormSchema form, Map<String, String> choices) {
    this.form = form;
    this.choices = choices;
    List<FormField> inputs = new java.util.ArrayList<>(form.fields());
    form.fields().forEach(field -> inputs.addAll(field.items()));
    for (FormField field : inputs) {
      if (field.valuesKey() != null) {
        existing.put(
            field.valuesKey(),
            List.of(
                Map.of("label", "First offered", "value", "offered-1"),
                Map.of("label", "Second offered", "value", "offered-2")));
      }
    }
  }

  /** The variables already in the process, as the engine's task would give them to the check. */
  Function<String, Object> existing() {
    return existing::get;
  }

  /** The options a person is offered for this field. */
  List<String> options(FormField field) {
    return field.valuesKey() != null
        ? FormValues.optionValues(existing.get(field.valuesKey()))
        : field.allowedValues();
  }

  /** The values a person submits: every shown field answered. */
  Map<String, Object> valid() {
    Map<String, Object> all = new LinkedHashMap<>();
    form.fields().forEach(field -> all.put(field.key(), valueFor(field)));
    // what is hidden depends on the answers; the forms hide at most one level deep, a few rounds
    // are plenty
    Map<String, Object> shown = all;
    for (int round = 0; round < 5; round++) {
      Map<String, Object> next = new LinkedHashMap<>(all);
      Submission submission = submission(shown);
      form.fields().stream()
          .filter(field -> holds(field.hideCondition(), submission))
          .forEach(field -> next.remove(field.key()));
      if (next.equals(shown)) {
        return shown;
      }
      shown = next;
    }
    throw new AssertionError("the hide conditions of " + form.id() + " do not settle");
  }

  Submission submission(Map<String, Object> values) {
    return new Submission(form, values, existing(), "tina", List.of());
  }

  /** The shown fields of a submission of these values. */
  List<FormField> shownFields(Map<String, Object> values) {
    Submission submission = submission(values);
    return form.fields().stream()
        .filter(field -> !holds(field.hideCondition(), submission))
        .toList();
  }

  /**
   * The fields that these values make required (shown, and required by the form or by their
   * requiredWhen).
   */
  List<FormField> requiredFields(Map<String, Object> values) {
    Submission submission = submission(values);
    return shownFields(values).stream()
        .filter(field -> field.required() || holds(field.requiredCondition(), submission))
        .toList();
  }

  /** The conditions of the form that give no true or false for these values. */
  List<String> conditionsThatCannotBeEvaluated(Map<String, Object> values) {
    Submission submission = submission(values);
    List<String> broken = new ArrayList<>();
    for (FormField field : form.fields()) {
      for (String condition : new String[] {field.hideCondition(), field.requiredCondition()}) {
        if (condition != null && !(evaluate(condition, submission) instanceof Boolean)) {
          broken.add(field.key() + ": " + condition);
        }
      }
    }
    return broken;
  }

  /**
   * Conditions evaluated with FEEL here, not by the code under test: a test that asked {@link
   * FormConditions} which fields are required could not notice it getting that wrong.
   */
  private static boolean holds(String condition, Submission submission) {
    return condition != null && Boolean.TRUE.equals(evaluate(condition, submission));
  }

  private static Object evaluate(String condition, Submission submission) {
    try {
      return TestForms.FEEL.evaluateSimpleExpression(condition, submission.asVariableContext());
    } catch (RuntimeException e) {
      return e;
    }
  }

  Object valueFor(FormField field) {
    return switch (field.type()) {
      case "textfield", "textarea" -> text(field);
      case "number" -> number(field);
      case "checkbox" -> true;
      case "datetime" -> "2027-06-30";
      case "radio", "select" -> choices.getOrDefault(field.key(), options(field).get(0));
      case "checklist", "taglist" -> List.of(options(field).get(0));
      case "dynamiclist" -> {
        Map<String, Object> item = new LinkedHashMap<>();
        field.items().forEach(input -> item.put(input.key(), valueFor(input)));
        yield List.of(item);
      }
      default ->
          throw new AssertionError(
              "no answer for a field of type " + field.type() + ": " + field.key());
    };
  }

  private static String text(FormField field) {
    String text = "Answer to " + field.key();
    if (field.pattern() != null) {
      text = MATCHING_PATTERN.get(field.pattern());
      if (text == null) {
        throw new AssertionError(
            "no answer for the pattern " + field.pattern() + " of " + field.key());
      }
    }
    if (field.minLength() != null && text.length() < field.minLength()) {
      text = text + "x".repeat(field.minLength() - text.length());
    }
    if (field.maxLength() != null && text.length() > field.maxLength()) {
      text = text.substring(0, field.maxLength());
    }
    return text;
  }

  private static Number number(FormField field) {
    double number = field.min() != null ? field.min() : field.max() != null ? field.max() : 1;
    return number == Math.rint(number) ? (Number) (long) number : (Number) number;
  }
}
