package dev.pathway.scope;

import static dev.pathway.scope.ScopeExtensionModel.BASE_IMPLEMENTATION;

import dev.pathway.forms.FieldProblem;
import dev.pathway.forms.Submission;
import dev.pathway.forms.SubmissionRule;
import dev.pathway.forms.SubmissionValidator;
import java.util.List;
import org.springframework.stereotype.Component;

/** A scope extension must name an implementation that exists. */
@Component
class BaseImplementationRule implements SubmissionRule {

  private static final String FORM = "scope-extension-request";

  private final BaseImplementations bases;

  BaseImplementationRule(BaseImplementations bases) {
    this.bases = bases;
  }

  @Override
  public boolean appliesTo(String formId) {
    return FORM.equals(formId);
  }

  @Override
  public List<FieldProblem> check(Submission submission) {
    Object base = submission.value(BASE_IMPLEMENTATION.name());
    if (base == null || bases.find(base.toString()).isPresent()) {
      return List.of();
    }
    return List.of(
        SubmissionValidator.problem(
            submission.form(),
            BASE_IMPLEMENTATION.name(),
            "names no implementation: '"
                + base
                + "' is not the reference of an ISO/IEC 20000-1 implementation"));
  }
}
