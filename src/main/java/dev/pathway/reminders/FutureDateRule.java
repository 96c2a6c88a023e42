package dev.pathway.reminders;

import dev.pathway.forms.FieldProblem;
import dev.pathway.forms.Submission;
import dev.pathway.forms.SubmissionRule;
import dev.pathway.forms.SubmissionValidator;
import dev.pathway.improvement.ImprovementActionModel;
import dev.pathway.phase.PhaseModel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Dates that become due dates must not lie in the past when they are set or changed: a phase's
 * target end in its plan adjustment, an improvement action's target date. A date that stays as it
 * was (a phase already late) is not refused again.
 */
@Component
class FutureDateRule implements SubmissionRule {

  private static final Map<String, String> DUE_DATE_FIELDS =
      Map.of(
          "phase-plan-adjustment",
          PhaseModel.TARGET_END.name(),
          "improvement-action-plan",
          ImprovementActionModel.TARGET_DATE.name());

  @Override
  public boolean appliesTo(String formId) {
    return DUE_DATE_FIELDS.containsKey(formId);
  }

  @Override
  public List<FieldProblem> check(Submission submission) {
    String field = DUE_DATE_FIELDS.get(submission.formId());
    Object value = submission.value(field);
    if (value == null
        || value.toString().isBlank()
        || Objects.equals(value, submission.existingVariable(field))) {
      return List.of();
    }
    LocalDate today =
        ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    String text = value.toString();
    try {
      if (text.length() >= 10 && !LocalDate.parse(text.substring(0, 10)).isBefore(today)) {
        return List.of();
      }
    } catch (DateTimeParseException e) {
      return List.of(problem(submission, field, "must be a date (YYYY-MM-DD)"));
    }
    return List.of(
        problem(
            submission,
            field,
            "must not be in the past (today is " + today + "): it is a due date"));
  }

  private static FieldProblem problem(Submission submission, String field, String message) {
    return SubmissionValidator.problem(submission.form(), field, message);
  }
}
