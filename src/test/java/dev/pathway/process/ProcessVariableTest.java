package dev.pathway.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/**
 * Typed process variables read what Tasklist and the REST API submit, and store what forms and
 * tables read.
 */
class ProcessVariableTest {

  private static final ProcessVariable<Integer> COUNT = ProcessVariable.integer("count");
  private static final ProcessVariable<List<String>> CHOSEN = ProcessVariable.stringList("chosen");
  private static final ProcessVariable<Map<String, String>> STATES =
      ProcessVariable.stringMap("states");
  private static final ProcessVariable<Approval> DECISION =
      ProcessVariable.valueOf("decision", Approval.class);

  @Test
  void aNumberSubmittedAsLongOrAsATypedValueIsReadAsAnInteger() {
    assertThat(COUNT.from(Map.of("count", 3L))).isEqualTo(3);
    assertThat(COUNT.from(Map.of("count", Variables.longValue(4L)))).isEqualTo(4);
    assertThat(COUNT.from(Map.of())).isNull();
  }

  @Test
  void aChecklistSubmittedAsSpinJsonIsReadAsAListOfStrings() {
    assertThat(
            CHOSEN.from(
                Map.of(
                    "chosen", Spin.JSON("[\"incident-management.a\", \"change-management.b\"]"))))
        .containsExactly("incident-management.a", "change-management.b");
    assertThat(CHOSEN.from(Map.of("chosen", List.of("a", "b")))).containsExactly("a", "b");
    assertThat(CHOSEN.from(Map.of())).as("nothing chosen").isEmpty();
  }

  @Test
  void listsAndMapsAreStoredAsJsonNeverJavaSerialised() {
    Map<String, Object> variables = new HashMap<>();
    CHOSEN.into(variables, List.of("a"));
    STATES.into(variables, Map.of("change-management", "partly"));
    assertThat(((ObjectValue) variables.get("chosen")).getSerializationDataFormat())
        .isEqualTo("application/json");
    assertThat(((ObjectValue) variables.get("states")).getSerializationDataFormat())
        .isEqualTo("application/json");
    assertThat(STATES.from(variables)).containsEntry("change-management", "partly");
    assertThat(STATES.from(Map.of("states", Spin.JSON("{\"change-management\": \"established\"}"))))
        .containsEntry("change-management", "established");
  }

  @Test
  void aValueSetIsStoredAsTheValueFormsSubmitAndAnUnknownValueIsRefusedNamingTheValuesKnown() {
    Map<String, Object> variables = new HashMap<>();
    DECISION.into(variables, Approval.SENT_BACK);
    assertThat(variables).containsEntry("decision", "sent-back");
    assertThat(DECISION.from(Map.of("decision", "approved"))).isEqualTo(Approval.APPROVED);
    assertThatThrownBy(() -> DECISION.from(Map.of("decision", "maybe")))
        .hasMessageContaining("'maybe'")
        .hasMessageContaining("approved")
        .hasMessageContaining("sent-back");
  }

  @Test
  void textIsShortenedWithAnEllipsisOnlyWhenItIsTooLong() {
    assertThat(TaskTexts.shorten("Incident management", 40)).isEqualTo("Incident management");
    assertThat(TaskTexts.shorten("Incident management", 9)).isEqualTo("Incident…").hasSize(9);
    assertThat(TaskTexts.description("x".repeat(5000))).hasSize(4000).endsWith("…");
  }
}
