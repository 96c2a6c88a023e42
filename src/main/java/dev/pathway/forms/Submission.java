package dev.pathway.forms;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a person submits through a form: the values, the variables already there, and who submits.
 * {@code existing} is read only when a check needs it (conditions, options from the process, domain rules).
 */
public final class Submission {

  private final FormSchema form;
  private final Map<String, Object> submitted;
  private final Supplier<Map<String, Object>> existing;
  private final String taskId;
  private final String userId;
  private Map<String, Object> merged;

  public Submission(FormSchema form, Map<String, Object> submitted, Supplier<Map<String, Object>> existing,
      String taskId, String userId) {
    this.form = form;
    this.submitted = submitted;
    this.existing = existing;
    this.taskId = taskId;
    this.userId = userId;
  }

  public FormSchema form() {
    return form;
  }

  public String formId() {
    return form.id();
  }

  /** The submitted value of a field as a plain Java value, null when not submitted. */
  public Object value(String key) {
    return FormValues.plain(submitted.get(key));
  }

  public boolean isSubmitted(String key) {
    return submitted.containsKey(key);
  }

  /** The variables as they will be once the submission is applied. */
  public Map<String, Object> variables() {
    if (merged == null) {
      merged = new HashMap<>();
      existing.get().forEach((name, value) -> merged.put(name, FormValues.plain(value)));
      submitted.forEach((name, value) -> merged.put(name, FormValues.plain(value)));
    }
    return merged;
  }

  /** The task being completed; null for a start form. */
  public String taskId() {
    return taskId;
  }

  /** The authenticated user submitting, null when the engine runs without authentication (e.g. a job). */
  public String userId() {
    return userId;
  }
}
