package dev.pathway.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import dev.pathway.catalogue.Activity;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.improvement.ContinualImprovementModel;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The three phases of Annex B, driven by the demo users who hold each responsibility role. */
@PathwayTest
class PhasesTest {

  private static final Function<String, Outcome> ALL_ACHIEVED = activityId -> Outcome.ACHIEVED;

  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;
  @Autowired ActivityRecordRepository records;
  @Autowired JdbcTemplate jdbc;
  Implementation implementation;

  @BeforeEach
  void setUp() {
    init(engine);
    implementation = new Implementation(engine, catalogue);
  }

  @Test
  void
      runsAWholeImplementationFromTheStartFormThroughPhase3OfferingEachPhaseExactlyItsTableB1Activities() {
    implementation.enterPhase1(Map.of());
    for (int phase = 1; phase <= 3; phase++) {
      assertThat(implementation.scenario().task(PhaseModel.PLAN_ADJUSTMENT_TASK).getName())
          .isEqualTo("Adjust the plan for Phase " + phase);
      implementation.adjustPlan();

      List<Task> tasks = implementation.activityTasks();
      assertThat(tasks.stream().map(implementation::activityId).toList())
          .as("phase %d", phase)
          .containsExactlyInAnyOrderElementsOf(
              catalogue.activitiesOf(phase).stream().map(Activity::id).toList());
      for (Task task : tasks) {
        Activity activity = catalogue.activity(implementation.activityId(task));
        assertThat(task.getName()).isEqualTo(activity.reference());
        assertThat(task.getDescription()).startsWith(activity.text());
        // the default mapping: each responsibility role of Table B.1 is held by the group of the
        // same id
        assertThat(implementation.candidateGroups(task))
            .as(activity.id())
            .containsExactlyInAnyOrderElementsOf(activity.roles());
        assertThat(engine.getTaskService().getVariable(task.getId(), PhaseModel.PHASE.name()))
            .isEqualTo(phase);
      }

      implementation.completeActivities(ALL_ACHIEVED);
      if (phase == 3) {
        implementation.closePhase3();
      }
      implementation.analyse();
      assertThat(
              engine
                  .getTaskService()
                  .getVariable(
                      implementation.scenario().task(GateModel.BOARD_VOTE_TASK).getId(),
                      GateModel.EXIT_DECISION.name()))
          .isEqualTo("proceed");
      implementation.passGate();
    }
    BpmnAwareTests.assertThat(implementation.programme())
        .hasPassed(ProgrammeModel.PHASED_PLAN_CALL, ProgrammeModel.HAND_OVER_SERVICE_TASK)
        .isEnded();
    assertThat(implementation.scenario().instance(ContinualImprovementModel.KEY))
        .as("Phase 3 approval starts continual improvement")
        .isNotNull();
    assertThat(
            implementation
                .scenario()
                .task(ContinualImprovementModel.CONTINUING_GOVERNANCE_TASK)
                .getName())
        .isEqualTo("Continuing governance of the SMS (8.1)");
    assertThat(records.ofImplementation(implementation.programme().getId()))
        .hasSize(
            catalogue.activitiesOf(1).size()
                + catalogue.activitiesOf(2).size()
                + catalogue.activitiesOf(3).size())
        .allSatisfy(record -> assertThat(record.completedBy()).isNotBlank());
  }

  @Test
  void activitiesNotAchievedInPhase1AreCarriedIntoPhase2() {
    Set<String> notAchieved =
        Set.of("incident-management-including-request-fulfilment.a", "change-management.b");
    implementation.enterPhase1(Map.of());
    implementation.adjustPlan();
    implementation.completeActivities(
        id -> notAchieved.contains(id) ? Outcome.NOT_ACHIEVED : Outcome.ACHIEVED);
    implementation.analyse();
    assertThat(exitDecision()).isEqualTo("proceed-with-carry-over");
    implementation.passGate();

    assertThat(implementation.scenario().task(PhaseModel.PLAN_ADJUSTMENT_TASK).getName())
        .isEqualTo("Adjust the plan for Phase 2");
    String carried =
        String.valueOf(
            engine
                .getTaskService()
                .getVariable(
                    implementation.scenario().task(PhaseModel.PLAN_ADJUSTMENT_TASK).getId(),
                    PhaseModel.CARRIED_OVER_SUMMARY.name()));
    assertThat(carried)
        .contains("Incident management (including request fulfilment) a)")
        .contains("Change management b)");
    implementation.adjustPlan();

    Set<String> expected =
        catalogue.activitiesOf(2).stream().map(Activity::id).collect(Collectors.toSet());
    expected.addAll(notAchieved);
    List<Task> tasks = implementation.activityTasks();
    assertThat(tasks.stream().map(implementation::activityId))
        .containsExactlyInAnyOrderElementsOf(expected);
    Task carriedTask =
        tasks.stream()
            .filter(task -> implementation.activityId(task).equals("change-management.b"))
            .findFirst()
            .orElseThrow();
    assertThat(carriedTask.getDescription()).contains("Carried over from Phase 1");
    assertThat(carriedTask.getPriority()).isGreaterThan(50);
  }

  @Test
  void theProjectTeamMovesAPlannedActivityToTheNextPhase() {
    implementation.enterPhase1(Map.of());
    implementation.adjustPlanMoving(List.of("change-management.b"));
    assertThat(implementation.activityTasks().stream().map(implementation::activityId))
        .hasSize(catalogue.activitiesOf(1).size() - 1)
        .doesNotContain("change-management.b");
    implementation.completeActivities(ALL_ACHIEVED);
    implementation.analyse();
    assertThat(exitDecision()).isEqualTo("proceed");
    implementation.passGate();

    implementation.adjustPlan();
    Task moved =
        implementation.activityTasks().stream()
            .filter(task -> implementation.activityId(task).equals("change-management.b"))
            .findFirst()
            .orElseThrow();
    assertThat(moved.getDescription()).contains("Carried over from Phase 1");
  }

  @Test
  void anAreaTheGapAnalysisFoundEstablishedIsConfirmedAndImprovedInPhase1() {
    String incident = "incident-management-including-request-fulfilment";
    implementation.enterPhase1(Map.of(incident, "established"));
    implementation.adjustPlan();

    Set<String> incidentTasks =
        implementation.activityTasks().stream()
            .map(implementation::activityId)
            .filter(id -> id.startsWith(incident + "."))
            .collect(Collectors.toSet());
    assertThat(incidentTasks)
        .as("every activity of the area, whatever phase Table B.1 marks")
        .containsExactlyInAnyOrderElementsOf(
            catalogue.area(incident).activities().stream().map(Activity::id).toList());
    Task broughtForward =
        implementation.activityTasks().stream()
            .filter(task -> implementation.activityId(task).equals(incident + ".j"))
            .findFirst()
            .orElseThrow();
    assertThat(broughtForward.getDescription()).contains("Brought forward to Phase 1 (clause 6)");

    implementation.completeActivities(ALL_ACHIEVED);
    implementation.analyse();
    implementation.passGate();
    implementation.adjustPlan();
    Set<String> phase2Incident =
        implementation.activityTasks().stream()
            .map(implementation::activityId)
            .filter(id -> id.startsWith(incident + "."))
            .collect(Collectors.toSet());
    assertThat(phase2Incident)
        .as(
            "later phases: only the improvements, i.e. activities already marked for an earlier phase")
        .containsExactlyInAnyOrderElementsOf(
            catalogue.area(incident).activities().stream()
                .filter(activity -> activity.isMarkedFor(2) && activity.isMarkedFor(1))
                .map(Activity::id)
                .toList());
    assertThat(
            implementation.activityTasks().stream()
                .map(implementation::activityId)
                .filter(id -> !id.startsWith(incident + ".")))
        .as("other areas are untouched")
        .containsExactlyInAnyOrderElementsOf(
            catalogue.activitiesOf(2).stream()
                .map(Activity::id)
                .filter(id -> !id.startsWith(incident + "."))
                .toList());
  }

  @Test
  void aPhaseWithMuchUnfinishedIsExtendedAndRunsOnlyTheUnfinishedActivitiesAgain() {
    implementation.enterPhase1(Map.of());
    implementation.adjustPlan();
    Set<String> unfinished =
        catalogue.activitiesOf(1).stream()
            .map(Activity::id)
            .filter(
                id ->
                    id.startsWith("document-and-record-management")
                        || id.startsWith("management-responsibility"))
            .collect(Collectors.toSet());
    implementation.completeActivities(
        id -> unfinished.contains(id) ? Outcome.PARTIALLY_ACHIEVED : Outcome.ACHIEVED);
    implementation.analyse();
    assertThat(exitDecision()).isEqualTo("extend");
    implementation.passGate();

    List<Task> again = implementation.activityTasks();
    assertThat(again.stream().map(implementation::activityId))
        .containsExactlyInAnyOrderElementsOf(unfinished);
    assertThat(again.get(0).getDescription()).contains("Phase 1 was extended");
    implementation.completeActivities(ALL_ACHIEVED);
    implementation.analyse();
    assertThat(exitDecision()).isEqualTo("proceed");
    implementation.passGate();
    assertThat(implementation.scenario().task(PhaseModel.PLAN_ADJUSTMENT_TASK).getName())
        .isEqualTo("Adjust the plan for Phase 2");
  }

  @Test
  void theBoardSendsAPhaseBackToItsAchievementAnalysisWithAReason() {
    implementation.enterPhase1(Map.of());
    implementation.adjustPlan();
    implementation.completeActivities(ALL_ACHIEVED);
    implementation.analyse();
    implementation.vote("bea", "reject", "The analysis ignores the open audit findings");

    Task analysis = implementation.scenario().task(GateModel.ACHIEVEMENT_ANALYSIS_TASK);
    assertThat(
            engine
                .getTaskService()
                .getVariable(analysis.getId(), GateModel.GATE_RETURN_REASON.name()))
        .isEqualTo("The analysis ignores the open audit findings");
    assertThat(implementation.scenario().tasks(GateModel.BOARD_VOTE_TASK)).isEmpty();
    implementation.analyse();
    implementation.passGate();
    assertThat(implementation.scenario().task(PhaseModel.PLAN_ADJUSTMENT_TASK).getName())
        .isEqualTo("Adjust the plan for Phase 2");
  }

  @Test
  void oneBoardMemberCannotCastBothVotesOfAGate() {
    implementation.enterPhase1(Map.of());
    implementation.adjustPlan();
    implementation.completeActivities(ALL_ACHIEVED);
    implementation.analyse();
    implementation.vote("bea", "approve", "Agreed");

    assertThatThrownBy(() -> implementation.vote("bea", "approve", "Agreed again"))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("bea has already voted on this gate");
    assertThat(implementation.scenario().tasks(GateModel.BOARD_VOTE_TASK)).hasSize(1);
    implementation.vote("ben", "approve", "Agreed");
    assertThat(implementation.scenario().task(PhaseModel.PLAN_ADJUSTMENT_TASK).getName())
        .isEqualTo("Adjust the plan for Phase 2");
  }

  @Test
  void achievedNeedsEvidenceAndNotApplicableAJustification() {
    implementation.enterPhase1(Map.of());
    implementation.adjustPlan();
    Task task = implementation.activityTasks().get(0);
    String member = implementation.memberOf(implementation.candidateGroups(task));

    assertThatThrownBy(
            () ->
                implementation
                    .scenario()
                    .complete(member, task, Map.of(PhaseModel.OUTCOME.name(), "achieved")))
        .hasMessageContaining(PhaseModel.EVIDENCE.name())
        .hasMessageContaining("is required when the outcome is 'achieved'");
    assertThatThrownBy(
            () ->
                implementation
                    .scenario()
                    .complete(member, task, Map.of(PhaseModel.OUTCOME.name(), "not-applicable")))
        .hasMessageContaining(PhaseModel.JUSTIFICATION.name())
        .hasMessageContaining("is required");
    assertThat(records.ofImplementation(implementation.programme().getId()))
        .as("nothing recorded")
        .isEmpty();

    implementation.scenario().complete(member, task, Implementation.answer(Outcome.NOT_APPLICABLE));
    assertThat(records.ofImplementation(implementation.programme().getId()))
        .singleElement()
        .satisfies(
            record -> {
              assertThat(record.taskId()).isEqualTo(task.getId());
              assertThat(record.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
              assertThat(record.justification()).isNotBlank();
              assertThat(record.completedBy()).isEqualTo(member);
            });
  }

  @Test
  void theRecordAndTheCompletionCommitTogetherOrNotAtAll() {
    implementation.enterPhase1(Map.of());
    implementation.adjustPlan();
    Task task = implementation.activityTasks().get(0);
    String member = implementation.memberOf(implementation.candidateGroups(task));
    // a record that is already there makes writing the new one fail
    jdbc.update(
        "INSERT INTO pw_activity_record (task_id, implementation_id, phase, round, area_id, activity_id, outcome, "
            + "completed_at) VALUES (?, 'other', 1, 1, 'x', 'x', 'achieved', CURRENT_TIMESTAMP)",
        task.getId());

    assertThatThrownBy(
        () ->
            implementation
                .scenario()
                .complete(member, task, Implementation.answer(Outcome.ACHIEVED)));
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count())
        .as("the task is still open")
        .isEqualTo(1);
    assertThat(
            engine
                .getHistoryService()
                .createHistoricTaskInstanceQuery()
                .taskId(task.getId())
                .finished()
                .count())
        .isZero();

    jdbc.update("DELETE FROM pw_activity_record WHERE task_id = ?", task.getId());
    implementation.scenario().complete(member, task, Implementation.answer(Outcome.ACHIEVED));
    assertThat(records.ofImplementation(implementation.programme().getId()))
        .singleElement()
        .satisfies(record -> assertThat(record.taskId()).isEqualTo(task.getId()));
  }

  private String exitDecision() {
    Task vote = implementation.scenario().task(GateModel.BOARD_VOTE_TASK);
    return (String)
        engine.getTaskService().getVariable(vote.getId(), GateModel.EXIT_DECISION.name());
  }
}
