package dev.pathway.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/**
 * The forms' conditions are parsed once and evaluated many times: each evaluation sees the
 * variables of its own submission, and gives what the engine's FEEL gives, failures included.
 */
class ParsedFeelTest {

  private final ParsedFeel feel = new ParsedFeel(List.of());

  @Test
  void aConditionParsedOnceIsEvaluatedAgainstEachSubmission() {
    String condition = "outcome = \"not-applicable\"";

    for (String outcome : List.of("achieved", "not-applicable", "partially-achieved")) {
      Object parsedOnce = feel.evaluateSimpleExpression(condition, variables("outcome", outcome));
      Object engines =
          TestForms.FEEL.evaluateSimpleExpression(condition, variables("outcome", outcome));

      assertThat(parsedOnce).isEqualTo(engines).isEqualTo(outcome.equals("not-applicable"));
    }
  }

  @Test
  void aConditionThatDoesNotParseFailsEveryTimeAsTheEnginesDoes() {
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(
              () -> feel.evaluateSimpleExpression("decision = ", variables("decision", "x")))
          .isInstanceOf(FeelException.class);
    }
    assertThatThrownBy(
            () ->
                TestForms.FEEL.evaluateSimpleExpression("decision = ", variables("decision", "x")))
        .isInstanceOf(FeelException.class);
  }

  private static VariableContext variables(String name, Object value) {
    return Variables.fromMap(Map.of(name, value)).asVariableContext();
  }
}
