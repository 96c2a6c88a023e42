package dev.pathway.forms;

import java.util.Map;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;

/** Evaluates a form's FEEL "hide" conditions the way form-js does in the browser. */
final class FormConditions {

  private final FeelEngine feel = new ScalaFeelEngineFactory().createInstance();

  /** A field whose condition cannot be evaluated counts as shown, so that it is checked rather than skipped. */
  boolean isHidden(FormField field, Map<String, Object> variables) {
    if (field.hideCondition() == null) {
      return false;
    }
    try {
      Object hidden = feel.evaluateSimpleExpression(field.hideCondition(), Variables.fromMap(variables).asVariableContext());
      return Boolean.TRUE.equals(hidden);
    } catch (FeelException e) {
      return false;
    }
  }
}
