package dev.pathway.support;

import dev.pathway.audit.AuditModel;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.phase.GateModel;
import dev.pathway.phase.Outcome;
import dev.pathway.phase.PhaseModel;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * One implementation driven from the start form through the phases, by the demo users who hold each
 * role.
 */
public final class Implementation {

  private final ProcessEngine engine;
  private final Catalogue catalogue;
  private final Scenario scenario;
  private ProcessInstance programme;

  public Implementation(ProcessEngine engine, Catalogue catalogue) {
    this.engine = engine;
    this.catalogue = catalogue;
    this.scenario = new Scenario(engine);
  }

  public Scenario scenario() {
    return scenario;
  }

  public ProcessInstance programme() {
    return programme;
  }

  /**
   * Start form, Annex A a) to h) with the given current states in the gap analysis, and the Phase 1
   * entry decision.
   */
  public Implementation enterPhase1(Map<String, String> currentStateByArea) {
    programme = scenario.startProgramme("tina", StartUpAnswers.start());
    for (StartUpAnswers.Step step : StartUpAnswers.annexA(catalogue, currentStateByArea)) {
      scenario.complete(step.user(), step.taskDefinitionKey(), step.values());
    }
    return this;
  }

  public void adjustPlan() {
    scenario.complete(
        "paul",
        PhaseModel.PLAN_ADJUSTMENT_TASK,
        Map.of(
            PhaseModel.PLAN_ADJUSTMENT_NOTES.name(),
            "Plan confirmed by the project team",
            PhaseModel.PLAN_CONFIRMED.name(),
            true));
  }

  /** Adjusts the plan, moving these planned activities to the next phase. */
  public void adjustPlanMoving(List<String> activityIds) {
    scenario.complete(
        "paul",
        PhaseModel.PLAN_ADJUSTMENT_TASK,
        Map.of(
            PhaseModel.PLAN_ADJUSTMENT_NOTES.name(),
            "Moved to the next phase",
            PhaseModel.DEFERRED_ACTIVITIES.name(),
            activityIds,
            PhaseModel.PLAN_CONFIRMED.name(),
            true));
  }

  /** The open Table B.1 activity tasks of this implementation. */
  public List<Task> activityTasks() {
    return scenario.openTasks().stream()
        .filter(task -> PhaseModel.isActivityTask(task.getTaskDefinitionKey()))
        .toList();
  }

  public String activityId(Task task) {
    return (String)
        engine.getTaskService().getVariable(task.getId(), PhaseModel.ACTIVITY_ID.name());
  }

  public List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(group -> group != null)
        .toList();
  }

  /**
   * Completes every open activity task with the outcome chosen for its activity, as a holder of one
   * of its roles.
   */
  public void completeActivities(Function<String, Outcome> outcomeOf) {
    for (Task task : activityTasks()) {
      scenario.complete(
          memberOf(candidateGroups(task)), task, answer(outcomeOf.apply(activityId(task))));
    }
  }

  public static Map<String, Object> answer(Outcome outcome) {
    Map<String, Object> values = new HashMap<>();
    values.put(PhaseModel.OUTCOME.name(), outcome.value());
    values.put(PhaseModel.NOTES.name(), "Recorded by the test");
    switch (outcome) {
      case ACHIEVED, PARTIALLY_ACHIEVED ->
          values.put(PhaseModel.EVIDENCE.name(), "DOC-042 v1.2; REC-2027-001");
      case NOT_APPLICABLE ->
          values.put(
              PhaseModel.JUSTIFICATION.name(), "No supplier operates part of a process in scope");
      default -> {}
    }
    return values;
  }

  /** The achievement analysis, ticking every key characteristic of Table 2 offered. */
  public void analyse() {
    Task analysis = scenario.task(GateModel.ACHIEVEMENT_ANALYSIS_TASK);
    Object options =
        engine
            .getTaskService()
            .getVariable(analysis.getId(), GateModel.KEY_CHARACTERISTIC_OPTIONS.name());
    List<String> all = optionValues(options);
    scenario.complete(
        "paul",
        analysis,
        Map.of(
            GateModel.KEY_CHARACTERISTICS_MET.name(),
            all,
            GateModel.ACHIEVEMENT_ANALYSIS_SUMMARY.name(),
            "Phase results reviewed with the process owners"));
  }

  public void vote(String member, String vote, String reason) {
    Map<String, Object> values = new HashMap<>();
    values.put(GateModel.GATE_VOTE.name(), vote);
    values.put(
        "approve".equals(vote)
            ? GateModel.GATE_VOTE_NOTES.name()
            : GateModel.GATE_VOTE_REASON.name(),
        reason);
    scenario.complete(member, GateModel.BOARD_VOTE_TASK, values);
  }

  /** Four-eyes: two different members of the implementation board approve. */
  public void passGate() {
    vote("bea", "approve", "Agreed");
    vote("ben", "approve", "Agreed");
  }

  /**
   * Phase 3's closing tasks: the full internal audit (Ada audits every area she does not work in,
   * with no findings) and the preparation for conformity assessment.
   */
  public void closePhase3() {
    audit(List.of());
    prepareForAssessment();
  }

  /**
   * Phase 3's closing tasks, the audit with this conclusion and this many minor nonconformities
   * (each opens a corrective action).
   */
  public void closePhase3(String auditConclusion, int nonconformities) {
    List<Map<String, Object>> findings =
        java.util.stream.IntStream.rangeClosed(1, nonconformities)
            .<Map<String, Object>>mapToObj(
                n ->
                    Map.of(
                        "area", "change-management",
                        "clause", "8.5.1",
                        "kind", "minor-nonconformity",
                        "statement", "Emergency change " + n + " was not reviewed afterwards",
                        "evidence", "CHG-010" + n))
            .toList();
    Map<String, Object> answers = auditAnswers(adasPlan(), findings);
    answers.put(PhaseModel.AUDIT_CONCLUSION.name(), auditConclusion);
    scenario.complete("ada", AuditModel.AUDIT_TASK, answers);
    prepareForAssessment();
  }

  /** The full internal audit by Ada with these findings (items of {@code auditFindingItems}). */
  public void audit(List<Map<String, Object>> findings) {
    scenario.complete("ada", AuditModel.AUDIT_TASK, auditAnswers(adasPlan(), findings));
  }

  /**
   * Ada's audit plan: every process area in which the audit role has no activity of its own
   * (impartiality).
   */
  public List<Map<String, Object>> adasPlan() {
    return auditPlan(
        "ada",
        area ->
            area.activities().stream().noneMatch(activity -> activity.roles().contains("audit")));
  }

  /** The audit plan: these process areas, audited by one auditor against two clauses. */
  public List<Map<String, Object>> auditPlan(
      String auditor, java.util.function.Predicate<dev.pathway.catalogue.Area> areas) {
    return catalogue.areas().stream()
        .filter(areas)
        .<Map<String, Object>>map(
            area -> Map.of("area", area.id(), "auditor", auditor, "criteria", "4.1, 6.2"))
        .toList();
  }

  public static Map<String, Object> auditAnswers(
      List<Map<String, Object>> plan, List<Map<String, Object>> findings) {
    Map<String, Object> values = new HashMap<>();
    values.put("plannedStart", "2028-03-01");
    values.put("plannedEnd", "2028-03-10");
    values.put("auditPlan", plan);
    values.put("auditFindingItems", findings);
    values.put(PhaseModel.AUDIT_FINDINGS.name(), "The SMS is in place in every area audited");
    values.put(PhaseModel.AUDIT_CONCLUSION.name(), "conforms-with-findings");
    return values;
  }

  /** An internal audit cycle after Phase 3 by Ada of change management, with these findings. */
  public static Map<String, Object> cycleAuditAnswers(List<Map<String, Object>> findings) {
    Map<String, Object> values =
        auditAnswers(
            List.of(Map.of("area", "change-management", "auditor", "ada", "criteria", "8.5.1")),
            findings);
    values.remove(PhaseModel.AUDIT_CONCLUSION.name());
    return values;
  }

  public void prepareForAssessment() {
    scenario.complete(
        "paul",
        PhaseModel.CONFORMITY_ASSESSMENT_PREPARATION_TASK,
        Map.of(
            PhaseModel.CORRECTIVE_ACTIONS.name(),
            "Both findings closed",
            PhaseModel.READY_FOR_ASSESSMENT.name(),
            true));
  }

  /** A demo user who holds one of these groups. */
  public String memberOf(Collection<String> groups) {
    for (String group : groups) {
      List<User> members =
          engine.getIdentityService().createUserQuery().memberOfGroup(group).list();
      if (!members.isEmpty()) {
        return members.get(0).getId();
      }
    }
    throw new AssertionError("no demo user in " + groups);
  }

  @SuppressWarnings("unchecked")
  private static List<String> optionValues(Object options) {
    Object value = options instanceof JsonValue json ? json.getValue() : options;
    if (value instanceof org.camunda.spin.json.SpinJsonNode node) {
      return node.elements().stream().map(option -> option.prop("value").stringValue()).toList();
    }
    return ((List<Map<String, String>>) value).stream().map(option -> option.get("value")).toList();
  }
}
