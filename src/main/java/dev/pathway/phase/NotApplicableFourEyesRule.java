package dev.pathway.phase;

import dev.pathway.forms.FieldProblem;
import dev.pathway.forms.Submission;
import dev.pathway.forms.SubmissionRule;
import dev.pathway.forms.SubmissionValidator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Whoever recorded an activity as not applicable does not decide on it, even as a member of the
 * implementation board: another member does.
 */
@Component
class NotApplicableFourEyesRule implements SubmissionRule {

  static final String FORM = "not-applicable-decision";

  @Override
  public boolean appliesTo(String formId) {
    return FORM.equals(formId);
  }

  @Override
  public List<FieldProblem> check(Submission submission) {
    Object recordedBy = submission.existingVariable(NotApplicableApprovalModel.RECORDED_BY.name());
    if (recordedBy != null && recordedBy.equals(submission.userId())) {
      return List.of(
          SubmissionValidator.problem(
              submission.form(),
              NotApplicableApprovalModel.DECISION.name(),
              "is refused: "
                  + recordedBy
                  + " recorded this activity as not applicable; another member of the"
                  + " implementation board decides"));
    }
    return List.of();
  }
}
