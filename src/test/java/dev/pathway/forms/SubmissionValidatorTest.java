package dev.pathway.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.pathway.phase.GateModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Every form of the project, checked on the server as a person would fill it in: answers that the
 * form accepts are accepted; a missing required answer, an option the form does not offer, a text
 * longer than the form allows, a serialized object in any field and a NUL character in any text or
 * option are each refused with a message that names the field. For each single-choice field that a
 * condition of the form looks at, every one of its options is tried (e.g. approve and send back).
 * Domain rules are not part of this test.
 */
class SubmissionValidatorTest {

  private final SubmissionValidator validator = TestForms.validatorWithoutRules();

  @TestFactory
  Stream<DynamicContainer> everyForm() {
    return TestForms.all().stream().map(this::form);
  }

  private DynamicContainer form(Path file) {
    FormSchema form = TestForms.parse(file);
    List<DynamicNode> checks = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    for (Map<String, String> choices : choices(form)) {
      List<DynamicNode> scenario = scenario(form, new Answers(form, choices), covered);
      checks.add(
          choices.isEmpty()
              ? dynamicContainer("answers as filled in", scenario)
              : dynamicContainer("with " + choices, scenario));
    }
    checks.add(
        test(
            form,
            "a variable that is not a field of the form is refused",
            () -> {
              Answers answers = new Answers(form, Map.of());
              Map<String, Object> values = new LinkedHashMap<>(answers.valid());
              values.put(GateModel.APPROVALS_REQUIRED.name(), 1);
              assertRefused(
                  answers.submission(values),
                  GateModel.APPROVALS_REQUIRED.name(),
                  "approvalsRequired is not a field of this form");
            }));
    return dynamicContainer(file.getFileName().toString(), checks);
  }

  private List<DynamicNode> scenario(FormSchema form, Answers answers, Set<String> covered) {
    Map<String, Object> valid = answers.valid();
    List<DynamicNode> checks = new ArrayList<>();
    checks.add(
        test(
            form,
            "every condition of the form gives true or false",
            () -> assertThat(answers.conditionsThatCannotBeEvaluated(valid)).isEmpty()));
    checks.add(
        test(
            form,
            "the answers are accepted",
            () ->
                assertThatCode(() -> validator.validate(answers.submission(valid)))
                    .doesNotThrowAnyException()));
    for (FormField field : answers.requiredFields(valid)) {
      if (covered.add("required " + field.key())) {
        checks.add(
            test(
                form,
                field.key() + " missing is refused",
                () -> {
                  Map<String, Object> without = new LinkedHashMap<>(valid);
                  without.remove(field.key());
                  assertRefused(
                      answers.submission(without),
                      field.key(),
                      field.name()
                          + ("checkbox".equals(field.type()) ? " must be ticked" : " is required"));
                }));
      }
    }
    for (FormField field : answers.shownFields(valid)) {
      if (field.hasOptions() && covered.add("options " + field.key())) {
        checks.add(
            test(
                form,
                field.key() + " with an option the form does not offer is refused",
                () -> {
                  Map<String, Object> other = new LinkedHashMap<>(valid);
                  other.put(
                      field.key(),
                      field.isMultiValued()
                          ? List.of(answers.options(field).get(0), "not-offered")
                          : "not-offered");
                  assertRefused(
                      answers.submission(other),
                      field.key(),
                      field.name()
                          + " 'not-offered' is not one of the options offered: "
                          + String.join(", ", answers.options(field)));
                }));
      }
      if (covered.add("object " + field.key())) {
        checks.add(
            test(
                form,
                field.key() + " as a serialized object is refused",
                () -> {
                  Map<String, Object> object = new LinkedHashMap<>(valid);
                  object.put(
                      field.key(),
                      Variables.serializedObjectValue("{}")
                          .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                          .objectTypeName("java.util.HashMap")
                          .create());
                  assertRefused(
                      answers.submission(object),
                      field.key(),
                      field.name() + " must be a plain value, not a serialized object");
                }));
      }
      if (answers.valueFor(field) instanceof String || field.isMultiValued()) {
        if (covered.add("control " + field.key())) {
          checks.add(
              test(
                  form,
                  field.key() + " with a NUL character is refused",
                  () -> {
                    Map<String, Object> withNul = new LinkedHashMap<>(valid);
                    String text = answers.valueFor(field) instanceof String answer ? answer : "";
                    withNul.put(
                        field.key(),
                        field.isMultiValued()
                            ? List.of(answers.options(field).get(0) + "\u0000")
                            : text.substring(0, Math.max(0, text.length() - 1)) + "\u0000");
                    assertRefused(
                        answers.submission(withNul),
                        field.key(),
                        field.name()
                            + " contains a control character (U+0000) that cannot be stored");
                  }));
        }
      }
      if (field.maxLength() != null && covered.add("length " + field.key())) {
        checks.add(
            test(
                form,
                field.key() + " longer than " + field.maxLength() + " characters is refused",
                () -> {
                  Map<String, Object> longer = new LinkedHashMap<>(valid);
                  longer.put(field.key(), "x".repeat(field.maxLength() + 1));
                  assertRefused(
                      answers.submission(longer),
                      field.key(),
                      field.name() + " may have at most " + field.maxLength() + " characters");
                }));
      }
    }
    return checks;
  }

  /**
   * Which options to try: none when no condition looks at a single-choice field; else, for each
   * such field, each of its options (the other fields keep their first option).
   */
  private static List<Map<String, String>> choices(FormSchema form) {
    String conditions =
        form.fields().stream()
            .flatMap(field -> Stream.of(field.hideCondition(), field.requiredCondition()))
            .filter(condition -> condition != null)
            .reduce("", (all, condition) -> all + " " + condition);
    List<Map<String, String>> choices = new ArrayList<>();
    Answers firstOptions = new Answers(form, Map.of());
    for (FormField field : form.fields()) {
      if (field.hasOptions()
          && !field.isMultiValued()
          && conditions.matches("(?s).*\\b" + field.key() + "\\b.*")) {
        firstOptions.options(field).forEach(option -> choices.add(Map.of(field.key(), option)));
      }
    }
    return choices.isEmpty() ? List.of(Map.of()) : choices;
  }

  /**
   * A check named in the report by its form and what it shows; surefire's report numbers dynamic
   * tests, so a failure names them in its message.
   */
  private static DynamicTest test(FormSchema form, String name, Executable check) {
    return dynamicTest(
        name,
        () -> {
          try {
            check.execute();
          } catch (AssertionError e) {
            throw new AssertionError("form " + form.id() + ", " + name + ": " + e.getMessage(), e);
          }
        });
  }

  @SuppressWarnings("unchecked")
  private void assertRefused(Submission submission, String key, String message) {
    FormFieldValidationException refused =
        catchThrowableOfType(
            FormFieldValidationException.class, () -> validator.validate(submission));
    assertThat(refused).as("a refusal").isNotNull();
    assertThat(refused.getMessage())
        .contains(message)
        .endsWith("(form " + submission.formId() + ")");
    assertThat((List<String>) refused.getDetail()).as("the refused fields").contains(key);
  }
}
