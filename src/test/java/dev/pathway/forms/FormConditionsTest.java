package dev.pathway.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The forms' FEEL conditions on the server: a condition that cannot be evaluated errs on the side
 * of checking (the field counts as shown and as required) and is logged with the form and the
 * field, so it can be fixed.
 */
class FormConditionsTest {

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(FormConditions.class);

  @BeforeEach
  void captureLog() {
    log.start();
    logger.addAppender(log);
  }

  @AfterEach
  void releaseLog() {
    logger.detachAppender(log);
  }

  @Test
  void aRequiredWhenThatCannotBeEvaluatedMakesTheFieldRequired() {
    FormSchema form = decisionForm("properties", "requiredWhen", "=decision = ");

    assertThatThrownBy(() -> validate(form, Map.of("decision", "approved", "reason", "")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("reason ('Reason') is required with this answer");
    assertThat(warnings())
        .singleElement()
        .asString()
        .contains("decision-form")
        .contains("reason")
        .contains("requiredWhen")
        .contains("counts as required");

    assertThatCode(() -> validate(form, Map.of("decision", "approved", "reason", "Budget agreed")))
        .doesNotThrowAnyException();
  }

  @Test
  void aRequiredWhenThatGivesNoTrueOrFalseMakesTheFieldRequired() {
    FormSchema form = decisionForm("properties", "requiredWhen", "=decision");

    assertThatThrownBy(() -> validate(form, Map.of("decision", "approved")))
        .hasMessageContaining("reason ('Reason') is required with this answer");
    assertThat(warnings())
        .singleElement()
        .asString()
        .contains("it gives approved, not true or false");
  }

  @Test
  void aRequiredWhenThatHoldsOrNotDecidesAndLogsNothing() {
    FormSchema form = decisionForm("properties", "requiredWhen", "=decision = \"sent-back\"");

    assertThatThrownBy(() -> validate(form, Map.of("decision", "sent-back")))
        .hasMessageContaining("reason ('Reason') is required with this answer");
    assertThatCode(() -> validate(form, Map.of("decision", "approved"))).doesNotThrowAnyException();
    assertThat(warnings()).isEmpty();
  }

  @Test
  void aHideConditionThatCannotBeEvaluatedCountsAsShown() {
    FormSchema form = decisionForm("conditional", "hide", "=decision = ");

    assertThatThrownBy(() -> validate(form, Map.of("decision", "approved")))
        .hasMessageContaining("reason ('Reason') is required");
    assertThat(warnings())
        .singleElement()
        .asString()
        .contains("decision-form")
        .contains("reason")
        .contains("hide condition")
        .contains("checked as shown");
  }

  @Test
  void aHiddenFieldIsNotRequired() {
    FormSchema form = decisionForm("conditional", "hide", "=decision = \"approved\"");

    assertThatCode(() -> validate(form, Map.of("decision", "approved"))).doesNotThrowAnyException();
    assertThatThrownBy(() -> validate(form, Map.of("decision", "sent-back")))
        .hasMessageContaining("reason ('Reason') is required");
  }

  @Test
  void aFieldThatPassesItsChecksIsAcceptedWithoutEvaluatingItsHideCondition() {
    FormSchema form = decisionForm("conditional", "hide", "=decision = ");

    assertThatCode(() -> validate(form, Map.of("decision", "approved", "reason", "Budget agreed")))
        .doesNotThrowAnyException();
    // shown or hidden, the answer is fine: the broken condition is not even evaluated
    assertThat(warnings()).isEmpty();
  }

  private List<String> warnings() {
    return log.list.stream()
        .filter(event -> event.getLevel() == Level.WARN)
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  private static void validate(FormSchema form, Map<String, Object> values) {
    TestForms.validatorWithoutRules()
        .validate(new Submission(form, new HashMap<>(values), name -> null, "tina", List.of()));
  }

  /**
   * A decision and a reason whose condition is {@code "where": {"property": "condition"}}; the
   * reason is required by the form when the condition is a hide condition, so that hiding is what
   * makes it optional.
   */
  private static FormSchema decisionForm(String where, String property, String condition) {
    String required = "conditional".equals(where) ? "true" : "false";
    return TestForms.parse(
        """
        {"id": "decision-form", "schemaVersion": 16, "components": [
          {"type": "radio", "key": "decision", "label": "Decision", "validate": {"required": true},
           "values": [{"label": "Approve", "value": "approved"}, {"label": "Send back", "value": "sent-back"}]},
          {"type": "textarea", "key": "reason", "label": "Reason", "validate": {"required": %s, "maxLength": 4000},
           "%s": {"%s": %s}}
        ]}
        """
            .formatted(required, where, property, quoted(condition)));
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
