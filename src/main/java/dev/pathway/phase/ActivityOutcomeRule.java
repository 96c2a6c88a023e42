package dev.pathway.phase;

import dev.pathway.forms.FieldProblem;
import dev.pathway.forms.Submission;
import dev.pathway.forms.SubmissionRule;
import dev.pathway.forms.SubmissionValidator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An activity recorded as achieved needs evidence: references to the documents or records that show
 * it.
 */
@Component
class ActivityOutcomeRule implements SubmissionRule {

  static final String FORM = "phase-activity";

  @Override
  public boolean appliesTo(String formId) {
    return FORM.equals(formId);
  }

  @Override
  public List<FieldProblem> check(Submission submission) {
    Object evidence = submission.value(PhaseModel.EVIDENCE.name());
    if (Outcome.ACHIEVED.value().equals(String.valueOf(submission.value(PhaseModel.OUTCOME.name())))
        && (evidence == null || evidence.toString().isBlank())) {
      return List.of(
          SubmissionValidator.problem(
              submission.form(),
              PhaseModel.EVIDENCE.name(),
              "is required when the outcome is 'achieved': name the documents or records that show it"));
    }
    return List.of();
  }
}
