package dev.pathway.improvement;

import dev.pathway.forms.FieldProblem;
import dev.pathway.forms.Submission;
import dev.pathway.forms.SubmissionRule;
import dev.pathway.forms.SubmissionValidator;
import java.util.ArrayList;
import java.util.List;

/**
 * The intervals set at continuing governance must be real ISO-8601 periods: a zero interval would
 * never rest.
 */
@org.springframework.stereotype.Component
class IntervalRule implements SubmissionRule {

  private static final String FORM = "continuing-governance";

  @Override
  public boolean appliesTo(String formId) {
    return FORM.equals(formId);
  }

  @Override
  public List<FieldProblem> check(Submission submission) {
    List<FieldProblem> problems = new ArrayList<>();
    for (CycleKind kind : CycleKind.values()) {
      String name = kind.interval().name();
      if (!submission.isSubmitted(name)) {
        continue;
      }
      Object chosen = submission.value(name);
      if (IsoIntervals.CUSTOM.equals(chosen)) {
        String custom = kind.customInterval().name();
        Object typed = submission.value(custom);
        if (typed != null
            && !typed.toString().isBlank()
            && !IsoIntervals.isValid(typed.toString())) {
          problems.add(refusal(submission, custom, typed));
        }
      }
      // any other choice is one of the form's options, which the form's own check enforces
    }
    return problems;
  }

  private static FieldProblem refusal(Submission submission, String name, Object value) {
    return SubmissionValidator.problem(
        submission.form(),
        name,
        "'" + SubmissionValidator.shown(value) + "' " + IsoIntervals.EXPECTED);
  }
}
