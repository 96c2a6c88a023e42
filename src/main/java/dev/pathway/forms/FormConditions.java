package dev.pathway.forms;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.impl.context.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates a form's FEEL conditions: "hide" the way form-js does in the browser, and the custom
 * property {@code requiredWhen}. A condition that cannot be evaluated (it does not parse, fails, or
 * gives no true or false) always errs on the side of checking: the field counts as shown, and as
 * required.
 */
final class FormConditions {

  private static final Logger LOG = LoggerFactory.getLogger(FormConditions.class);

  private final Supplier<FeelEngine> feelSource;
  private volatile FeelEngine feel;

  /**
   * @param feel the FEEL engine to use, asked for on first use only
   */
  FormConditions(Supplier<FeelEngine> feel) {
    this.feelSource = feel;
  }

  /**
   * With the process engine's FEEL engine (the one its decisions use), looked up on first use
   * inside a command: the forms see the same FEEL as the decisions, and nothing is added to
   * start-up. The Scala FEEL engine is built again the same way, as a {@link ParsedFeel} that
   * parses each condition once.
   */
  static FormConditions ofProcessEngine() {
    return new FormConditions(
        () -> {
          DefaultDmnEngineConfiguration decisions =
              (DefaultDmnEngineConfiguration)
                  Context.getProcessEngineConfiguration().getDmnEngineConfiguration();
          FeelEngine engines = decisions.getFeelEngine();
          // the same engine, built the same way, that parses each condition once
          return engines instanceof ScalaFeelEngine
              ? new ParsedFeel(
                  decisions.getFeelCustomFunctionProviders() == null
                      ? List.of()
                      : decisions.getFeelCustomFunctionProviders())
              : engines;
        });
  }

  /**
   * A field whose condition cannot be evaluated counts as shown, so that it is checked rather than
   * skipped.
   */
  boolean isHidden(FormField field, Submission submission) {
    if (field.hideCondition() == null) {
      return false;
    }
    Boolean hidden =
        evaluate(
            field.hideCondition(),
            submission,
            reason ->
                LOG.warn(
                    "Form {}: the hide condition of field {} cannot be evaluated ({}): {}; the field is checked as shown",
                    submission.formId(),
                    field.key(),
                    field.hideCondition(),
                    reason));
    return Boolean.TRUE.equals(hidden);
  }

  /**
   * Whether the field is required for this submission: by the form, or by its {@code requiredWhen}.
   * A {@code requiredWhen} that cannot be evaluated makes the field required: a broken condition
   * must not let an empty answer through (the person sees the refusal, and the log names the
   * condition to fix).
   */
  boolean isRequired(FormField field, Submission submission) {
    if (field.required()) {
      return true;
    }
    if (field.requiredCondition() == null) {
      return false;
    }
    Boolean required =
        evaluate(
            field.requiredCondition(),
            submission,
            reason ->
                LOG.warn(
                    "Form {}: the requiredWhen condition of field {} cannot be evaluated ({}): {}; the field counts as required",
                    submission.formId(),
                    field.key(),
                    field.requiredCondition(),
                    reason));
    return required == null || required;
  }

  /**
   * The condition's truth for this submission; null when it cannot be evaluated or gives no true or
   * false.
   */
  Boolean evaluate(String condition, Submission submission) {
    return evaluate(condition, submission, reason -> {});
  }

  private Boolean evaluate(String condition, Submission submission, Consumer<String> whyNot) {
    FeelEngine engine = feel();
    Object result;
    try {
      result = engine.evaluateSimpleExpression(condition, submission.asVariableContext());
    } catch (RuntimeException e) {
      // a FeelException when the condition does not parse or fails; anything else the FEEL engine
      // throws alike
      whyNot.accept(e.getMessage());
      return null;
    }
    if (result instanceof Boolean truth) {
      return truth;
    }
    whyNot.accept("it gives " + result + ", not true or false");
    return null;
  }

  private FeelEngine feel() {
    if (feel == null) {
      feel = feelSource.get();
    }
    return feel;
  }
}
