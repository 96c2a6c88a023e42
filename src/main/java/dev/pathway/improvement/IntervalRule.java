package dev.pathway.improvement;

import dev.pathway.forms.FieldProblem;
import dev.pathway.forms.Submission;
import dev.pathway.forms.SubmissionRule;
import dev.pathway.forms.SubmissionValidator;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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
    return Arrays.stream(CycleKind.values())
        .map(kind -> kind.interval().name())
        .filter(submission::isSubmitted)
        .filter(name -> !IsoIntervals.isValid(Objects.toString(submission.value(name), null)))
        .map(
            name ->
                SubmissionValidator.problem(
                    submission.form(),
                    name,
                    "'"
                        + SubmissionValidator.shown(submission.value(name))
                        + "' "
                        + IsoIntervals.EXPECTED))
        .toList();
  }
}
