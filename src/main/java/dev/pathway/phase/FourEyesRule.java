package dev.pathway.phase;

import dev.pathway.forms.FieldProblem;
import dev.pathway.forms.Submission;
import dev.pathway.forms.SubmissionRule;
import dev.pathway.forms.SubmissionValidator;
import dev.pathway.identity.RoleGroups;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Each member of the implementation board votes once per gate; a gate needs votes of distinct
 * members; whoever completed the achievement analysis does not vote on its gate.
 */
@Component
class FourEyesRule implements SubmissionRule {

  static final String FORM = "phase-gate-vote";
  private static final String BOARD = "implementation-board";

  private final GateRepository gates;
  private final RoleGroups roleGroups;

  FourEyesRule(GateRepository gates, RoleGroups roleGroups) {
    this.gates = gates;
    this.roleGroups = roleGroups;
  }

  @Override
  public boolean appliesTo(String formId) {
    return FORM.equals(formId);
  }

  @Override
  public List<FieldProblem> check(Submission submission) {
    String voter = submission.userId();
    if (voter == null) {
      return List.of(
          SubmissionValidator.problem(
              submission.form(),
              GateModel.GATE_VOTE.name(),
              "needs a logged-in member of the implementation board"));
    }
    if (submission.userGroups().stream().noneMatch(roleGroups.groupsOf(BOARD)::contains)) {
      return List.of(
          SubmissionValidator.problem(
              submission.form(),
              GateModel.GATE_VOTE.name(),
              "is refused: " + voter + " is not a member of the implementation board"));
    }
    Object gateId = submission.existingVariable(GateModel.GATE_ID.name());
    if (gateId != null && voter.equals(gates.analysisAuthor(gateId.toString()))) {
      return List.of(
          SubmissionValidator.problem(
              submission.form(),
              GateModel.GATE_VOTE.name(),
              "is refused: "
                  + voter
                  + " completed the achievement analysis of this gate and may not vote on it; another member of the implementation board must vote"));
    }
    if (gateId != null && gates.hasVoted(gateId.toString(), voter)) {
      return List.of(
          SubmissionValidator.problem(
              submission.form(),
              GateModel.GATE_VOTE.name(),
              "is refused: "
                  + voter
                  + " has already voted on this gate; another member of the implementation board must vote"));
    }
    return List.of();
  }
}
