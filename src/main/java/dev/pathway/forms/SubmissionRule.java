package dev.pathway.forms;

import java.util.List;

/**
 * A rule of the domain that a form schema cannot express (e.g. "achieved" needs evidence). Spring
 * beans of this type are applied to every submission of the forms they name.
 */
public interface SubmissionRule {

  boolean appliesTo(String formId);

  List<FieldProblem> check(Submission submission);
}
