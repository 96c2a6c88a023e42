package dev.pathway.forms;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;

/** Evaluates a form's FEEL "hide" conditions the way form-js does in the browser. */
final class FormConditions {

  private volatile FeelEngine feel;

  /** A field whose condition cannot be evaluated counts as shown, so that it is checked rather than skipped. */
  boolean isHidden(FormField field, Submission submission) {
    return holds(field.hideCondition(), submission);
  }

  /** Whether the field's {@code requiredWhen} property makes it required for this submission. */
  boolean isRequired(FormField field, Submission submission) {
    return field.required() || holds(field.requiredCondition(), submission);
  }

  /** The engine's own FEEL engine (the one its decisions use), looked up on first use: nothing added to start-up. */
  private FeelEngine feel() {
    if (feel == null) {
      feel = ((DefaultDmnEngineConfiguration) Context.getProcessEngineConfiguration().getDmnEngineConfiguration())
          .getFeelEngine();
    }
    return feel;
  }

  private boolean holds(String condition, Submission submission) {
    if (condition == null) {
      return false;
    }
    try {
      return Boolean.TRUE.equals(feel().evaluateSimpleExpression(condition, submission.asVariableContext()));
    } catch (FeelException e) {
      return false;
    }
  }
}
