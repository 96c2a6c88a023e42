package dev.pathway.audit;

import dev.pathway.catalogue.Area;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.forms.FieldProblem;
import dev.pathway.forms.Submission;
import dev.pathway.forms.SubmissionRule;
import dev.pathway.forms.SubmissionValidator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * An audit plan as the standard wants it: impartial auditors (no auditor audits their own area,
 * {@link Impartiality}), an end not before the start, at least one area in scope, and findings only
 * in the areas audited.
 */
@Component
class AuditPlanRule implements SubmissionRule {

  private final Impartiality impartiality;
  private final Set<String> areaIds;

  AuditPlanRule(Impartiality impartiality, Catalogue catalogue) {
    this.impartiality = impartiality;
    this.areaIds = catalogue.areas().stream().map(Area::id).collect(Collectors.toSet());
  }

  @Override
  public boolean appliesTo(String formId) {
    return AuditModel.FORMS.contains(formId);
  }

  @Override
  public List<FieldProblem> check(Submission submission) {
    List<FieldProblem> problems = new ArrayList<>();
    List<Map<?, ?>> plan = items(submission.variable(AuditModel.AUDIT_PLAN.name()));
    if (plan.isEmpty()) {
      problems.add(
          SubmissionValidator.problem(
              submission.form(),
              AuditModel.AUDIT_PLAN.name(),
              "needs at least one process area in the scope of the audit"));
    }
    for (Map<?, ?> item : plan) {
      String area = text(item.get(AuditModel.AREA));
      String auditor = text(item.get(AuditModel.AUDITOR));
      if (area != null && auditor != null && areaIds.contains(area)) {
        String refusal = impartiality.refusal(auditor, area);
        if (refusal != null) {
          problems.add(new FieldProblem(AuditModel.AUDIT_PLAN.name(), refusal));
        }
      }
    }
    Set<String> audited =
        plan.stream()
            .map(item -> text(item.get(AuditModel.AREA)))
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    items(submission.variable(AuditModel.FINDING_ITEMS.name())).stream()
        .map(item -> text(item.get(AuditModel.AREA)))
        .filter(area -> area != null && areaIds.contains(area) && !audited.contains(area))
        .distinct()
        .forEach(
            area ->
                problems.add(
                    SubmissionValidator.problem(
                        submission.form(),
                        AuditModel.FINDING_ITEMS.name(),
                        "name an area that is not in the audit plan: " + area)));
    LocalDate start = date(submission.variable(AuditModel.PLANNED_START.name()));
    LocalDate end = date(submission.variable(AuditModel.PLANNED_END.name()));
    if (start != null && end != null && end.isBefore(start)) {
      problems.add(
          SubmissionValidator.problem(
              submission.form(),
              AuditModel.PLANNED_END.name(),
              "is before the audit starts (" + start + ")"));
    }
    return problems;
  }

  static List<Map<?, ?>> items(Object value) {
    if (!(value instanceof Collection<?> list)) {
      return List.of();
    }
    return list.stream()
        .filter(Map.class::isInstance)
        .<Map<?, ?>>map(item -> (Map<?, ?>) item)
        .toList();
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  private static LocalDate date(Object value) {
    String text = text(value);
    if (text == null || text.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(text.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
