package dev.pathway.forms;

import java.util.List;
import java.util.Map;

/**
 * The options of a select on a start form that depend on who opens it (a start form has no process
 * variables to read them from: Tasklist loads none for it). They are written into the form as it is
 * served ({@code process-definition/.../deployed-start-form}), and a start is checked against the
 * same list, so a value not offered to the person is refused naming the field.
 *
 * <p>The form names them with the select's {@code valuesKey}, as a task form names its options.
 */
public interface StartFormOptions {

  /** The id of the start form. */
  String formId();

  /** The select's {@code valuesKey}. */
  String valuesKey();

  /** The options for the user of the current command or request: each {@code {label, value}}. */
  List<Map<String, String>> options();
}
