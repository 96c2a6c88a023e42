package dev.pathway.phase;

import dev.pathway.catalogue.Area;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.forms.FieldProblem;
import dev.pathway.forms.Submission;
import dev.pathway.forms.SubmissionRule;
import dev.pathway.forms.SubmissionValidator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** The achievement analysis rates every process area once: none left out, none twice. */
@Component
class AreaRatingRule implements SubmissionRule {

  private final List<String> areaIds;

  AreaRatingRule(Catalogue catalogue) {
    this.areaIds = catalogue.areas().stream().map(Area::id).toList();
  }

  @Override
  public boolean appliesTo(String formId) {
    return AreaRatings.FORM.equals(formId);
  }

  @Override
  public List<FieldProblem> check(Submission submission) {
    String key = AreaRatings.AREA_RATINGS.name();
    if (!submission.isSubmitted(key) || !(submission.value(key) instanceof Collection<?> items)) {
      return List.of();
    }
    List<String> rated =
        items.stream()
            .filter(Map.class::isInstance)
            .map(item -> Objects.toString(((Map<?, ?>) item).get(AreaRatings.AREA), null))
            .toList();
    List<String> problems = new ArrayList<>();
    areaIds.stream()
        .filter(area -> !rated.contains(area))
        .forEach(area -> problems.add("leaves out " + area));
    rated.stream()
        .filter(area -> rated.indexOf(area) != rated.lastIndexOf(area))
        .distinct()
        .forEach(area -> problems.add("rates " + area + " twice"));
    return problems.stream()
        .map(
            problem ->
                SubmissionValidator.problem(
                    submission.form(), key, problem + ": rate every process area once"))
        .toList();
  }
}
