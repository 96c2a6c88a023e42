package dev.pathway.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The server reads each form as Tasklist shows it: every input, with its checks and conditions. */
class FormSchemaParserTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> INPUTS =
      Set.of(
          "textfield",
          "textarea",
          "number",
          "checkbox",
          "checklist",
          "radio",
          "select",
          "taglist",
          "datetime");

  static Stream<Named<Path>> forms() {
    return TestForms.all().stream().map(file -> Named.of(file.getFileName().toString(), file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void isAFormJsSchemaVersion16NamedAfterItsFile(Path file) throws IOException {
    JsonNode json = JSON.readTree(file.toFile());
    assertThat(json.path("schemaVersion").asInt())
        .as(file + " schemaVersion (Tasklist 7.24: form-js 1.8)")
        .isEqualTo(16);
    assertThat(TestForms.parse(file).id())
        .as(file + " id")
        .isEqualTo(file.getFileName().toString().replace(".form", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void everyInputIsReadWithItsChecksAndConditions(Path file) throws IOException {
    List<JsonNode> inputs = new ArrayList<>();
    collectInputs(JSON.readTree(file.toFile()).path("components"), inputs);
    List<FormField> fields = TestForms.parse(file).fields();

    assertThat(fields).as(file + " inputs").hasSize(inputs.size()).isNotEmpty();
    for (int i = 0; i < inputs.size(); i++) {
      JsonNode input = inputs.get(i);
      FormField field = fields.get(i);
      JsonNode validate = input.path("validate");
      String key = input.path("key").asText(input.path("path").asText());
      String where = file.getFileName() + " " + key;
      assertThat(field.key()).as(where).isEqualTo(key);
      assertThat(field.type()).as(where).isEqualTo(input.path("type").asText());
      assertThat(field.label())
          .as(where)
          .isEqualTo(input.path("label").asText(input.path("dateLabel").asText(null)));
      assertThat(field.required())
          .as(where + " required")
          .isEqualTo(validate.path("required").asBoolean(false));
      assertThat(field.maxLength())
          .as(where + " maxLength")
          .isEqualTo(validate.has("maxLength") ? validate.get("maxLength").asInt() : null);
      assertThat(field.pattern())
          .as(where + " pattern")
          .isEqualTo(validate.path("pattern").asText(null));
      assertThat(field.min())
          .as(where + " min")
          .isEqualTo(validate.has("min") ? validate.get("min").asDouble() : null);
      assertThat(field.max())
          .as(where + " max")
          .isEqualTo(validate.has("max") ? validate.get("max").asDouble() : null);
      assertThat(field.valuesKey())
          .as(where + " valuesKey")
          .isEqualTo(input.path("valuesKey").asText(null));
      assertThat(field.allowedValues())
          .as(where + " options")
          .isEqualTo(input.path("values").findValuesAsText("value"));
      assertThat(field.hideCondition())
          .as(where + " hide")
          .isEqualTo(withoutEquals(input.path("conditional").path("hide").asText(null)));
      assertThat(field.requiredCondition())
          .as(where + " requiredWhen")
          .isEqualTo(withoutEquals(input.path("properties").path("requiredWhen").asText(null)));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void everyTextIsBoundedAndEveryKeyUnique(Path file) {
    List<FormField> fields = TestForms.parse(file).fields();
    assertThat(fields)
        .as(file + ": text fields without validate.maxLength")
        .filteredOn(field -> field.type().startsWith("text") && field.maxLength() == null)
        .isEmpty();
    assertThat(fields.stream().map(FormField::key)).as(file + " keys").doesNotHaveDuplicates();
  }

  @Test
  void aFieldInAHiddenGroupIsHiddenWithItAndWhatIsNotAnInputIsNoField() {
    FormSchema form =
        TestForms.parse(
            """
        {"id": "grouped", "components": [
          {"type": "text", "text": "## Heading"},
          {"type": "textfield", "label": "No key, no variable"},
          {"type": "group", "label": "Approval", "conditional": {"hide": "=decision != \\"approved\\""}, "components": [
            {"type": "textfield", "key": "sponsor", "label": "Sponsor", "conditional": {"hide": "=phase = 3"}},
            {"type": "datetime", "key": "start", "dateLabel": "Start", "subtype": "date"}
          ]},
          {"type": "checkbox", "key": "agreed", "label": "Agreed", "conditional": {"hide": " "}},
          {"type": "button", "key": "submit", "label": "Submit"}
        ]}
        """);

    assertThat(form.fields())
        .extracting(FormField::key)
        .containsExactly("sponsor", "start", "agreed");
    assertThat(form.fields().get(0).hideCondition())
        .isEqualTo("(decision != \"approved\") or (phase = 3)");
    assertThat(form.fields().get(1).hideCondition()).isEqualTo("decision != \"approved\"");
    assertThat(form.fields().get(1).label()).isEqualTo("Start");
    assertThat(form.fields().get(2).hideCondition()).as("a blank condition is none").isNull();
  }

  @Test
  void readsBoundsPatternOptionsAndRequiredWhen() {
    FormSchema form =
        TestForms.parse(
            """
        {"id": "checks", "components": [
          {"type": "number", "key": "cost", "label": "Cost", "validate": {"required": true, "min": 0, "max": 1000.5}},
          {"type": "textfield", "key": "code", "label": "Code",
           "validate": {"minLength": 2, "maxLength": 8, "pattern": "^[A-Z]+$"},
           "properties": {"requiredWhen": "=cost > 10"}},
          {"type": "taglist", "key": "tags", "label": "Tags", "valuesKey": "tagOptions"},
          {"type": "select", "key": "size", "label": "Size", "values": [{"label": "S", "value": "s"}, {"label": "L", "value": "l"}]}
        ]}
        """);

    FormField cost = form.fields().get(0);
    assertThat(cost.required()).isTrue();
    assertThat(cost.min()).isEqualTo(0.0);
    assertThat(cost.max()).isEqualTo(1000.5);
    FormField code = form.fields().get(1);
    assertThat(code.required()).isFalse();
    assertThat(code.minLength()).isEqualTo(2);
    assertThat(code.maxLength()).isEqualTo(8);
    assertThat(code.pattern()).isEqualTo("^[A-Z]+$");
    assertThat(code.requiredCondition()).isEqualTo("cost > 10");
    assertThat(form.fields().get(2).valuesKey()).isEqualTo("tagOptions");
    assertThat(form.fields().get(2).isMultiValued()).isTrue();
    assertThat(form.fields().get(3).allowedValues()).containsExactly("s", "l");
    assertThat(form.fields().get(3).name()).isEqualTo("size ('Size')");
  }

  @Test
  void knowsEveryNameTheFormCouldReadAVariableBy() {
    FormSchema form =
        TestForms.parse(
            """
        {"id": "mentions", "components": [
          {"type": "text", "text": "Returned because: {{ returnReason }}"},
          {"type": "group", "conditional": {"hide": "=count(priorFindings) = 0"}, "components": [
            {"type": "taglist", "key": "tags", "label": "Tags", "valuesKey": "tagOptions"}
          ]},
          {"type": "textfield", "key": "code", "properties": {"requiredWhen": "=cost_limit > 10"}}
        ]}
        """);

    assertThat(form.mentionedNames())
        .contains("returnReason", "priorFindings", "tags", "tagOptions", "code", "cost_limit")
        .doesNotContain("plannedActivityOptions", "10");
  }

  private static void collectInputs(JsonNode components, List<JsonNode> inputs) {
    for (JsonNode component : components) {
      if (INPUTS.contains(component.path("type").asText()) && component.hasNonNull("key")) {
        inputs.add(component);
      }
      if ("dynamiclist".equals(component.path("type").asText())) {
        // one input: the list of its items, each item checked with the list's own inputs
        inputs.add(component);
        continue;
      }
      collectInputs(component.path("components"), inputs);
    }
  }

  private static String withoutEquals(String expression) {
    return expression == null ? null : expression.replaceFirst("^=", "");
  }
}
