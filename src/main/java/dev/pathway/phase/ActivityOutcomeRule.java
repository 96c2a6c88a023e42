package dev.pathway.phase;

import dev.pathway.documents.EvidenceLinks;
import dev.pathway.forms.FieldProblem;
import dev.pathway.forms.Submission;
import dev.pathway.forms.SubmissionRule;
import dev.pathway.forms.SubmissionValidator;
import dev.pathway.programme.ProgrammeModel;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An activity recorded as achieved needs evidence: references to the documents or records that show
 * it, or issued versions of the implementation's register ({@link EvidenceLinks}); versions named
 * must be there.
 */
@Component
class ActivityOutcomeRule implements SubmissionRule {

  static final String FORM = "phase-activity";

  @Override
  public boolean appliesTo(String formId) {
    return FORM.equals(formId);
  }

  private final EvidenceLinks links;

  ActivityOutcomeRule(EvidenceLinks links) {
    this.links = links;
  }

  @Override
  public List<FieldProblem> check(Submission submission) {
    String documents = text(submission, PhaseModel.EVIDENCE_DOCUMENTS.name());
    List<FieldProblem> problems = new ArrayList<>();
    links
        .problems(
            (String) submission.existingVariable(ProgrammeModel.IMPLEMENTATION_ID.name()),
            documents)
        .forEach(
            problem ->
                problems.add(
                    SubmissionValidator.problem(
                        submission.form(), PhaseModel.EVIDENCE_DOCUMENTS.name(), problem)));
    if (Outcome.ACHIEVED.value().equals(String.valueOf(submission.value(PhaseModel.OUTCOME.name())))
        && text(submission, PhaseModel.EVIDENCE.name()).isBlank()
        && documents.isBlank()) {
      problems.add(
          SubmissionValidator.problem(
              submission.form(),
              PhaseModel.EVIDENCE.name(),
              "is required when the outcome is 'achieved': name the documents or records that show it,"
                  + " or register versions under 'Documents from the register'"));
    }
    return problems;
  }

  private static String text(Submission submission, String field) {
    Object value = submission.value(field);
    return value == null ? "" : value.toString();
  }
}
