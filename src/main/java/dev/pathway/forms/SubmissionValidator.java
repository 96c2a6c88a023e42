package dev.pathway.forms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checks a submission against its Camunda Form on the server, as the browser would, plus the
 * domain's {@link SubmissionRule}s: required fields, options the form offers, numbers, lengths and
 * patterns, for the fields that the form's conditions show; and, for every field, nothing that no
 * answer may hold ({@link InputHygiene}: serialized objects, control characters). All problems are
 * reported at once.
 */
@Component
public class SubmissionValidator {

  private static final int SHOWN_AT_MOST = 60;
  private static final int LISTED_AT_MOST = 12;

  private final FormConditions conditions;
  private final List<SubmissionRule> rules;

  /** The engine's validator: the forms' conditions use the process engine's own FEEL engine. */
  @Autowired
  public SubmissionValidator(List<SubmissionRule> rules) {
    this(rules, FormConditions.ofProcessEngine());
  }

  /** A validator outside the engine (tests): the forms' conditions use this FEEL engine. */
  SubmissionValidator(List<SubmissionRule> rules, FeelEngine feel) {
    this(rules, new FormConditions(() -> feel));
  }

  private SubmissionValidator(List<SubmissionRule> rules, FormConditions conditions) {
    this.rules = List.copyOf(rules);
    this.conditions = conditions;
  }

  /**
   * @throws FormFieldValidationException naming every refused field; the engine reports it as HTTP
   *     400
   */
  public void validate(Submission submission) {
    List<FieldProblem> problems = new ArrayList<>();
    // only the form's own inputs may be written: nothing else of the process can be set through a
    // form
    Set<String> inputs =
        submission.form().fields().stream().map(FormField::key).collect(Collectors.toSet());
    submission.submittedKeys().stream()
        .filter(key -> !inputs.contains(key))
        .sorted()
        .forEach(key -> problems.add(new FieldProblem(key, key + " is not a field of this form")));
    // every answer is stored as sent, shown or hidden: what no answer may hold is refused first,
    // and only that
    Set<String> refused = new HashSet<>();
    for (FormField field : submission.form().fields()) {
      if (submission.isSubmitted(field.key())) {
        InputHygiene.problem(submission.submitted(field.key()))
            .ifPresent(
                message -> {
                  problems.add(problem(field, message));
                  refused.add(field.key());
                });
      }
    }
    for (FormField field : submission.form().fields()) {
      if (refused.contains(field.key())) {
        continue;
      }
      List<FieldProblem> found = new ArrayList<>();
      check(field, submission, found);
      // whether a field is hidden matters only when its check refused something, so the hide
      // condition is evaluated only then
      if (found.isEmpty()) {
        continue;
      }
      if (field.hideCondition() != null && conditions.isHidden(field, submission)) {
        // a hidden field is never required; a value sent for it anyway is stored, so it must fit
        // (its type, length and options) as a shown one does
        if (!FormValues.isEmpty(submission.value(field.key()), field.type())) {
          checkValue(field, submission, problems);
        }
        continue;
      }
      problems.addAll(found);
    }
    for (SubmissionRule rule : rules) {
      if (rule.appliesTo(submission.formId())) {
        problems.addAll(rule.check(submission));
      }
    }
    if (!problems.isEmpty()) {
      throw new FormFieldValidationException(
          problems.stream().map(FieldProblem::field).distinct().toList(),
          "Not saved: "
              + problems.stream().map(FieldProblem::message).collect(Collectors.joining("; "))
              + " (form "
              + submission.formId()
              + ")");
    }
  }

  private void check(FormField field, Submission submission, List<FieldProblem> problems) {
    Object value = submission.value(field.key());
    if (FormValues.isEmpty(value, field.type())) {
      if (!field.isDynamicList() && conditions.isRequired(field, submission)) {
        problems.add(
            problem(
                field,
                "checkbox".equals(field.type())
                    ? "must be ticked"
                    : field.required() ? "is required" : "is required with this answer"));
      }
      return;
    }
    checkValue(field, submission, problems);
  }

  private void checkValue(FormField field, Submission submission, List<FieldProblem> problems) {
    checkValue(field, submission.value(field.key()), submission, problems);
  }

  private void checkValue(
      FormField field, Object value, Submission submission, List<FieldProblem> problems) {
    switch (field.type()) {
      case "dynamiclist" -> {
        checkItems(field, value, submission, problems);
        return;
      }
      case "number" -> checkNumber(field, value, problems);
      case "checkbox" -> {
        if (!(value instanceof Boolean)) {
          problems.add(problem(field, "must be true or false, not '" + shown(value) + "'"));
        }
      }
      case "datetime" -> checkDate(field, value, problems);
      case "textfield", "textarea" -> checkText(field, value, problems);
      default -> {}
    }
    if (field.hasOptions()) {
      checkOptions(field, value, submission, problems);
    }
  }

  /**
   * A dynamic list: a list of items, each holding only the list's own inputs, each checked as the
   * form checks it (required, options, numbers, lengths and patterns; hide conditions inside an
   * item are not evaluated, so an item's required input is always required).
   */
  private void checkItems(
      FormField list, Object value, Submission submission, List<FieldProblem> problems) {
    if (!(value instanceof List<?> items)) {
      problems.add(problem(list, "must be a list of items"));
      return;
    }
    Set<String> inputs = list.items().stream().map(FormField::key).collect(Collectors.toSet());
    for (int n = 0; n < items.size(); n++) {
      String where = list.name() + " item " + (n + 1) + ": ";
      if (!(items.get(n) instanceof Map<?, ?> item)) {
        problems.add(new FieldProblem(list.key(), where + "must be an item with fields"));
        continue;
      }
      item.keySet().stream()
          .map(String::valueOf)
          .filter(key -> !inputs.contains(key))
          .sorted()
          .forEach(
              key ->
                  problems.add(
                      new FieldProblem(list.key(), where + key + " is not a field of this list")));
      for (FormField input : list.items()) {
        Object answer = item.get(input.key());
        List<FieldProblem> found = new ArrayList<>();
        if (FormValues.isEmpty(answer, input.type())) {
          if (input.required()) {
            found.add(problem(input, "is required"));
          }
        } else {
          checkValue(input, answer, submission, found);
        }
        found.forEach(
            problem -> problems.add(new FieldProblem(list.key(), where + problem.message())));
      }
    }
  }

  private void checkNumber(FormField field, Object value, List<FieldProblem> problems) {
    Double number = FormValues.number(value);
    if (number == null) {
      problems.add(problem(field, "must be a number, not '" + shown(value) + "'"));
      return;
    }
    if (field.min() != null && number < field.min()) {
      problems.add(problem(field, "must be at least " + FormValues.format(field.min())));
    }
    if (field.max() != null && number > field.max()) {
      problems.add(problem(field, "must be at most " + FormValues.format(field.max())));
    }
  }

  private void checkDate(FormField field, Object value, List<FieldProblem> problems) {
    try {
      LocalDate.parse(
          String.valueOf(value).substring(0, Math.min(10, String.valueOf(value).length())));
    } catch (DateTimeParseException e) {
      problems.add(problem(field, "must be a date (YYYY-MM-DD), not '" + shown(value) + "'"));
    }
  }

  private void checkText(FormField field, Object value, List<FieldProblem> problems) {
    if (!(value instanceof String text)) {
      problems.add(problem(field, "must be text"));
      return;
    }
    if (field.minLength() != null && text.strip().length() < field.minLength()) {
      problems.add(problem(field, "needs at least " + field.minLength() + " characters"));
    }
    if (field.maxLength() != null && text.length() > field.maxLength()) {
      problems.add(problem(field, "may have at most " + field.maxLength() + " characters"));
    }
    if (field.pattern() != null && !text.matches(field.pattern())) {
      problems.add(problem(field, "does not have the expected form"));
    }
  }

  private void checkOptions(
      FormField field, Object value, Submission submission, List<FieldProblem> problems) {
    List<String> offered =
        field.valuesKey() == null
            ? field.allowedValues()
            : FormValues.optionValues(submission.variable(field.valuesKey()));
    Collection<?> chosen =
        field.isMultiValued() && value instanceof Collection<?> list ? list : List.of(value);
    if (field.isMultiValued() && !(value instanceof Collection<?>)) {
      problems.add(problem(field, "must be a list of options"));
      return;
    }
    for (Object choice : chosen) {
      if (!offered.contains(Objects.toString(choice))) {
        problems.add(
            problem(
                field,
                "'" + shown(choice) + "' is not one of the options offered: " + listed(offered)));
      }
    }
  }

  /** The options a refusal names: a long list (hundreds of implementations) only by its start. */
  private static String listed(List<String> offered) {
    return offered.size() <= LISTED_AT_MOST
        ? String.join(", ", offered)
        : String.join(", ", offered.subList(0, LISTED_AT_MOST))
            + " and "
            + (offered.size() - LISTED_AT_MOST)
            + " more";
  }

  /**
   * A refused value as the message repeats it, on one line: whole when short, else its beginning
   * and its length (a refusal does not send a megabyte back).
   */
  public static String shown(Object value) {
    String text = String.valueOf(value).replaceAll("[\\r\\n\\t]", " ");
    return text.length() <= SHOWN_AT_MOST
        ? text
        : text.substring(0, SHOWN_AT_MOST) + "… (" + text.length() + " characters)";
  }

  static FieldProblem problem(FormField field, String message) {
    return new FieldProblem(field.key(), field.name() + " " + message);
  }

  /** For rules: a problem with a field the person sees on the form. */
  public static FieldProblem problem(FormSchema form, String key, String message) {
    return form.fields().stream()
        .filter(field -> field.key().equals(key))
        .findFirst()
        .map(field -> problem(field, message))
        .orElse(new FieldProblem(key, key + " " + message));
  }
}
