package dev.pathway.forms;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pathway.phase.PhaseModel;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What no answer may hold, on any field, shown or hidden: serialized objects and values that cannot
 * be read (refused with 400 naming the field, instead of a 500), control characters other than tab,
 * line feed and carriage return, and bidirectional overrides and isolates.
 */
class InputHygieneTest {

  private static final FormSchema FORM =
      TestForms.parse(
          """
      {"id": "record", "schemaVersion": 16, "components": [
        {"type": "radio", "key": "outcome", "label": "Outcome", "validate": {"required": true},
         "values": [{"label": "Achieved", "value": "achieved"}, {"label": "Not achieved", "value": "not-achieved"}]},
        {"type": "textarea", "key": "evidence", "label": "Evidence", "validate": {"maxLength": 4000}},
        {"type": "checklist", "key": "areas", "label": "Areas",
         "values": [{"label": "Incident", "value": "incident"}, {"label": "Change", "value": "change"}]},
        {"type": "textfield", "key": "whyNot", "label": "Why not", "validate": {"maxLength": 255},
         "conditional": {"hide": "=outcome = \\"achieved\\""}},
        {"type": "number", "key": "hours", "label": "Hours"}
      ]}
      """);

  private final SubmissionValidator validator = TestForms.validatorWithoutRules();

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(
      strings = {
        "0000", "0001", "0008", "000B", "000C", "001B", "001F", "007F", "0080", "0085", "009B",
        "009F"
      })
  void aControlCharacterIsRefusedNamingTheField(String code) {
    String text = "DOC-1" + Character.toString(Integer.parseInt(code, 16)) + " v2";

    assertThatThrownBy(
            () ->
                validate(
                    Map.of(
                        PhaseModel.OUTCOME.name(), "achieved", PhaseModel.EVIDENCE.name(), text)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage(
            "Not saved: evidence ('Evidence') contains a control character (U+"
                + code
                + ") that cannot be stored (form record)");
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068", "2069"})
  void aBidirectionalOverrideOrIsolateIsRefusedNamingTheField(String code) {
    String text = "invoice " + Character.toString(Integer.parseInt(code, 16)) + "fdp.exe";

    assertThatThrownBy(
            () ->
                validate(
                    Map.of(
                        PhaseModel.OUTCOME.name(), "achieved", PhaseModel.EVIDENCE.name(), text)))
        .hasMessage(
            "Not saved: evidence ('Evidence') contains a bidirectional control character (U+"
                + code
                + ") that could disguise the text (form record)");
  }

  @Test
  void tabsLineBreaksAndTheWorldsScriptsAreAccepted() {
    String text = "Policy\tv2\r\nRecords: Überprüfung, révision, 審査, مراجعة, ревизия 👍\n";

    assertThatCode(
            () ->
                validate(
                    Map.of(
                        PhaseModel.OUTCOME.name(), "achieved", PhaseModel.EVIDENCE.name(), text)))
        .doesNotThrowAnyException();
  }

  @Test
  void optionsAreCheckedForControlCharactersBeforeTheyAreComparedOrEchoed() {
    assertThatThrownBy(
            () ->
                validate(
                    Map.of(
                        PhaseModel.OUTCOME.name(),
                        "achieved\u202E",
                        "areas",
                        List.of("incident", "change\u0000"))))
        .hasMessageContaining(
            "outcome ('Outcome') contains a bidirectional control character (U+202E)")
        .hasMessageContaining(
            "areas ('Areas') contains a control character (U+0000) that cannot be stored")
        .hasMessageNotContaining("is not one of the options offered");
  }

  @Test
  void aHiddenFieldIsStoredAsSentSoItIsCheckedToo() {
    assertThatThrownBy(
            () -> validate(Map.of(PhaseModel.OUTCOME.name(), "achieved", "whyNot", "\u001b[2J")))
        .hasMessage(
            "Not saved: whyNot ('Why not') contains a control character (U+001B) that cannot be stored (form record)");
  }

  @Test
  void aListSentAsJsonIsCheckedElementByElement() {
    VariableMap values =
        Variables.createVariables()
            .putValue(PhaseModel.OUTCOME.name(), "achieved")
            .putValueTyped(
                "areas", SpinValues.jsonValue("[\"incident\", \"change\\u0007\"]").create());

    assertThatThrownBy(() -> validate(values))
        .hasMessageContaining(
            "areas ('Areas') contains a control character (U+0007) that cannot be stored");
  }

  @Test
  void aSerializedObjectIsRefusedNamingTheFieldInsteadOfFailing() {
    TypedValue serialized =
        Variables.serializedObjectValue("{\"text\": \"DOC-1\"}")
            .serializationDataFormat(Variables.SerializationDataFormats.JSON)
            .objectTypeName("java.util.HashMap")
            .create();

    for (String key :
        List.of(
            PhaseModel.EVIDENCE.name(), PhaseModel.OUTCOME.name(), "areas", "whyNot", "hours")) {
      VariableMap values =
          Variables.createVariables()
              .putValue(PhaseModel.OUTCOME.name(), "not-achieved")
              .putValueTyped(key, serialized);
      assertThatThrownBy(() -> validate(values))
          .as(key)
          .isInstanceOf(FormFieldValidationException.class)
          .hasMessageContaining(key + " ('")
          .hasMessageContaining("') must be a plain value, not a serialized object");
    }
  }

  @Test
  void anObjectIsRefusedFromJavaCallersToo() {
    Map<String, Object> values =
        Map.of(
            PhaseModel.OUTCOME.name(),
            "achieved",
            "areas",
            Variables.objectValue(List.of("incident")).create());

    assertThatThrownBy(() -> validate(values))
        .hasMessage(
            "Not saved: areas ('Areas') must be a plain value, not a serialized object (form record)");
  }

  @Test
  void jsonThatCannotBeReadIsRefusedNamingTheField() {
    VariableMap values =
        Variables.createVariables()
            .putValue(PhaseModel.OUTCOME.name(), "achieved")
            .putValueTyped("areas", SpinValues.jsonValue("[\"incident\", ").create());

    assertThatThrownBy(() -> validate(values))
        .hasMessage("Not saved: areas ('Areas') cannot be read as json (form record)");
  }

  @Test
  void aSerializedObjectInAFieldThatAConditionReadsIsRefusedToo() {
    VariableMap values =
        Variables.createVariables()
            .putValueTyped(
                PhaseModel.OUTCOME.name(),
                Variables.serializedObjectValue("x")
                    .serializationDataFormat(Variables.SerializationDataFormats.JAVA)
                    .objectTypeName("java.lang.String")
                    .create());

    assertThatThrownBy(() -> validate(values))
        .hasMessage(
            "Not saved: outcome ('Outcome') must be a plain value, not a serialized object (form record)");
  }

  private void validate(Map<String, Object> values) {
    validator.validate(new Submission(FORM, values, name -> null, "tina", List.of()));
  }
}
