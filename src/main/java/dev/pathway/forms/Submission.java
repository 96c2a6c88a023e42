package dev.pathway.forms;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What a person submits through a form: the values, the variables already there (looked up by name,
 * only when a check needs one: conditions, options from the process, domain rules), and who
 * submits.
 */
public final class Submission {

  private final FormSchema form;
  private final Map<String, Object> submitted;
  private final Function<String, Object> existing;
  private final String userId;
  private final List<String> userGroups;

  public Submission(
      FormSchema form,
      Map<String, Object> submitted,
      Function<String, Object> existing,
      String userId,
      List<String> userGroups) {
    this.form = form;
    this.submitted = submitted;
    this.existing = existing;
    this.userId = userId;
    this.userGroups = userGroups == null ? List.of() : List.copyOf(userGroups);
  }

  public FormSchema form() {
    return form;
  }

  public String formId() {
    return form.id();
  }

  /**
   * The submitted value of a field as a plain Java value, null when not submitted (or not
   * readable).
   */
  public Object value(String key) {
    return FormValues.plain(submitted(key));
  }

  /**
   * The submitted value as sent: the typed value when it came as one (REST sends a {@link
   * VariableMap}, whose {@code get} would deserialize it, and fail on a serialized object).
   */
  Object submitted(String key) {
    return submitted instanceof VariableMap variables
        ? variables.getValueTyped(key)
        : submitted.get(key);
  }

  public boolean isSubmitted(String key) {
    return submitted.containsKey(key);
  }

  Set<String> submittedKeys() {
    return submitted.keySet();
  }

  /**
   * A variable as the process holds it, whatever was submitted: for rules that must not trust the
   * submitter.
   */
  public Object existingVariable(String name) {
    return FormValues.plain(existing.apply(name));
  }

  /**
   * A variable as it will be once the submission is applied: the submitted value, else the one
   * already there.
   */
  public Object variable(String name) {
    return submitted.containsKey(name) ? value(name) : FormValues.plain(existing.apply(name));
  }

  /** The variables as FEEL sees them in the form's conditions. */
  VariableContext asVariableContext() {
    return new VariableContext() {
      @Override
      public TypedValue resolve(String name) {
        return Variables.untypedValue(variable(name));
      }

      @Override
      public boolean containsVariable(String name) {
        return true;
      }

      @Override
      public Set<String> keySet() {
        return submitted.keySet();
      }
    };
  }

  /**
   * The authenticated user submitting, null when the engine runs without authentication (e.g. a
   * job).
   */
  public String userId() {
    return userId;
  }

  /** The groups of the authenticated user. */
  public List<String> userGroups() {
    return userGroups;
  }
}
