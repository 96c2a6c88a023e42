package dev.pathway.forms;

import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * The Scala FEEL engine as the process engine builds it for its decisions (same value mappers, same
 * custom functions), that parses each expression once: the forms' conditions are few and fixed per
 * deployed form, and parsing one costs more than evaluating it. Evaluates and fails exactly as
 * {@link ScalaFeelEngine#evaluateSimpleExpression} does.
 */
final class ParsedFeel extends ScalaFeelEngine {

  /** Far more than the conditions of every deployed form; beyond it nothing more is kept. */
  static final int MAX_EXPRESSIONS = 1_000;

  private final Map<String, Either<Failure, ParsedExpression>> parsed = new ConcurrentHashMap<>();

  ParsedFeel(List<FeelCustomFunctionProvider> functionProviders) {
    super(functionProviders);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
    Either<Failure, ParsedExpression> parse = parse(expression);
    Either<Failure, Object> result =
        parse.isLeft()
            ? (Either<Failure, Object>) (Either<Failure, ?>) parse
            : feelEngine.eval(parse.toOption().get(), context(variables));
    if (result instanceof Left<Failure, Object> failure) {
      throw LOGGER.evaluationException(failure.value().message());
    }
    return (T) result.toOption().get();
  }

  private Either<Failure, ParsedExpression> parse(String expression) {
    Either<Failure, ParsedExpression> known = parsed.get(expression);
    if (known != null) {
      return known;
    }
    Either<Failure, ParsedExpression> parse = feelEngine.parseExpression(expression);
    if (parsed.size() < MAX_EXPRESSIONS) {
      parsed.put(expression, parse);
    }
    return parse;
  }

  private static CustomContext context(VariableContext variables) {
    return new CustomContext() {
      @Override
      public VariableProvider variableProvider() {
        return new ContextVariableWrapper(variables);
      }
    };
  }
}
