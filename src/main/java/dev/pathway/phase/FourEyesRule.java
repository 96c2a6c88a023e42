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
  private static final String ANOTHER_MEMBER =
      "another member of the implementation board must vote";

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
      return refused(submission, "needs a logged-in member of the implementation board");
    }
    if (submission.userGroups().stream().noneMatch(roleGroups.groupsOf(BOARD)::contains)) {
      return refused(
          submission, "is refused: " + voter + " is not a member of the implementation board");
    }
    Object gateId = submission.existingVariable(GateModel.GATE_ID.name());
    if (gateId != null && voter.equals(gates.analysisAuthor(gateId.toString()))) {
      return refused(
          submission,
          "is refused: "
              + voter
              + " completed the achievement analysis of this gate and may not vote on it; "
              + ANOTHER_MEMBER);
    }
    if (gateId != null && gates.hasVoted(gateId.toString(), voter)) {
      return refused(
          submission,
          "is refused: " + voter + " has already voted on this gate; " + ANOTHER_MEMBER);
    }
    return List.of();
  }

  private static List<FieldProblem> refused(Submission submission, String message) {
    return List.of(
        SubmissionValidator.problem(submission.form(), GateModel.GATE_VOTE.name(), message));
  }
}
