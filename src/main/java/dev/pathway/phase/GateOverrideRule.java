package dev.pathway.phase;

import dev.pathway.forms.FieldProblem;
import dev.pathway.forms.Submission;
import dev.pathway.forms.SubmissionRule;
import dev.pathway.forms.SubmissionValidator;
import dev.pathway.process.ValueSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The board may approve another outcome than the decision table's, with a reason (the form requires
 * it): not the table's own outcome, once per gate, and never "proceed" from Phase 3 while its full
 * internal audit says the SMS does not conform.
 */
@Component
class GateOverrideRule implements SubmissionRule {

  static final String NO_OVERRIDE = "none";

  private final GateRepository gates;

  GateOverrideRule(GateRepository gates) {
    this.gates = gates;
  }

  static boolean isOverride(String outcome) {
    return outcome != null && !outcome.isBlank() && !NO_OVERRIDE.equals(outcome);
  }

  @Override
  public boolean appliesTo(String formId) {
    return FourEyesRule.FORM.equals(formId);
  }

  @Override
  public List<FieldProblem> check(Submission submission) {
    Object outcome = submission.value(GateModel.GATE_OVERRIDE_OUTCOME.name());
    Object gateId = submission.existingVariable(GateModel.GATE_ID.name());
    if (!GateVote.APPROVE.value().equals(submission.value(GateModel.GATE_VOTE.name()))
        || outcome == null
        || !isOverride(outcome.toString())
        || gateId == null) {
      return List.of();
    }
    Optional<GateRecord> gate = gates.record(gateId.toString());
    return gate.map(found -> problems(submission, found, outcome.toString())).orElse(List.of());
  }

  private static List<FieldProblem> problems(
      Submission submission, GateRecord gate, String outcome) {
    String refusal = null;
    if (ValueSet.values(ExitDecision.class).stream().noneMatch(outcome::equals)) {
      refusal = "must be one of " + ValueSet.values(ExitDecision.class);
    } else if (gate.override() != null) {
      refusal =
          "is refused: "
              + gate.override().by()
              + " already changed this gate's outcome; approve it or send the phase back";
    } else if (outcome.equals(gate.outcome())) {
      refusal = "is the decision table's own outcome: leave it empty to approve it";
    } else if (AuditConclusion.DOES_NOT_CONFORM.value().equals(gate.inputs().auditConclusion())
        && !ExitDecision.EXTEND.value().equals(outcome)) {
      refusal =
          "is refused: the full internal audit concludes that the SMS does not conform, so Phase 3 cannot end";
    }
    return refusal == null
        ? List.of()
        : List.of(
            SubmissionValidator.problem(
                submission.form(), GateModel.GATE_OVERRIDE_OUTCOME.name(), refusal));
  }
}
