package dev.pathway.example;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.phase.GateModel;
import dev.pathway.phase.NotApplicableApprovalModel;
import dev.pathway.phase.Outcome;
import dev.pathway.phase.PhaseModel;
import dev.pathway.programme.ProgrammeModel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo profile's living example: Fabrikam Managed Services, part-way through Phase 2 with Annex
 * A done, Phase 1's gate decided by the board's votes, activities achieved with evidence, one "not
 * applicable" approved, two carried over, and some Phase 2 work overdue. Made through the engine's
 * API as the demo role holders would in Tasklist (the same form checks), in the background after
 * start-up, once per database ({@code pathway.demo.example-implementation=false} turns it off;
 * never with the postgres profile).
 */
@Component
@Profile("demo")
public class ExampleImplementation {

  public static final String BUSINESS_KEY = "fabrikam-managed-services";

  private static final Logger LOG = LoggerFactory.getLogger(ExampleImplementation.class);

  /** Every n-th Phase 1 activity is partly achieved and carried over to Phase 2. */
  private static final int PARTLY_EVERY = 29;

  /** The share of Phase 2's activities done so far, as one in n. */
  private static final int PHASE_2_DONE_EVERY = 3;

  private static final String ADMINISTRATOR = "demo";

  private static final String NOT_APPLICABLE_ACTIVITY = "management-responsibility.h.5";

  private final ProcessEngine engine;
  private final Catalogue catalogue;
  private final ActingUser acting;

  ExampleImplementation(ProcessEngine engine, Catalogue catalogue, ActingUser acting) {
    this.engine = engine;
    this.catalogue = catalogue;
    this.acting = acting;
  }

  /** Makes the example unless this database has it (or had it) already. */
  public synchronized void createOnce() {
    if (exists()) {
      return;
    }
    try {
      create(LocalDate.now());
      LOG.info(
          "The example implementation '{}' ({}) is ready: open Tasklist or Cockpit",
          ExampleAnswers.SERVICE_PROVIDER,
          BUSINESS_KEY);
    } catch (RuntimeException failed) {
      LOG.warn("The example implementation could not be made: {}", failed.getMessage(), failed);
    }
  }

  public boolean exists() {
    return engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(BUSINESS_KEY)
            .count()
        > 0;
  }

  void create(LocalDate today) {
    String definitionId =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(ProgrammeModel.KEY)
            .latestVersion()
            .singleResult()
            .getId();
    acting.run(
        "tina",
        () ->
            engine
                .getFormService()
                .submitStartForm(definitionId, BUSINESS_KEY, ExampleAnswers.start(today)));
    ExampleAnswers.annexA(catalogue)
        .forEach(step -> complete(step.user(), task(step.taskDefinitionKey()), step.values()));

    adjustPlan("Phase 1 as tailored by the gap analysis");
    List<Task> phaseOne = activityTasks();
    for (int i = 0; i < phaseOne.size(); i++) {
      recordPhaseOne(phaseOne.get(i), i);
    }
    complete(
        "ben",
        task(NotApplicableApprovalModel.DECISION_TASK),
        Map.of(NotApplicableApprovalModel.DECISION.name(), "approved"));
    analyse();
    vote("bea", "Phase 1 done; the two partly achieved activities go on in Phase 2");
    vote("ben", "Agreed");

    adjustPlan("Phase 2 confirmed; the data centre migration is planned around it");
    List<Task> phaseTwo = activityTasks();
    for (int i = 0; i < phaseTwo.size(); i++) {
      if (i % PHASE_2_DONE_EVERY == 0) {
        complete(holderOf(phaseTwo.get(i)), phaseTwo.get(i), achieved(phaseTwo.get(i)));
      }
    }
    markOverdue(today);
  }

  private void recordPhaseOne(Task task, int index) {
    String activityId = activityId(task);
    Map<String, Object> values;
    if (activityId.equals(NOT_APPLICABLE_ACTIVITY)) {
      values = new HashMap<>();
      values.put(PhaseModel.OUTCOME.name(), Outcome.NOT_APPLICABLE.value());
      values.put(
          PhaseModel.JUSTIFICATION.name(),
          "The services in scope run on customer-owned hardware and licences: Fabrikam holds no licences of its own for them");
    } else if (index % PARTLY_EVERY == PARTLY_EVERY - 1) {
      values = new HashMap<>();
      values.put(PhaseModel.OUTCOME.name(), Outcome.PARTIALLY_ACHIEVED.value());
      values.put(PhaseModel.EVIDENCE.name(), "Draft in the SMS handbook, not yet agreed");
      values.put(PhaseModel.NOTES.name(), "Continues in Phase 2");
    } else {
      values = achieved(task);
    }
    complete(holderOf(task), task, values);
  }

  private Map<String, Object> achieved(Task task) {
    return Map.of(
        PhaseModel.OUTCOME.name(),
        Outcome.ACHIEVED.value(),
        PhaseModel.EVIDENCE.name(),
        "SMS handbook v1."
            + PhaseModel.PHASE.from(engine.getTaskService().getVariables(task.getId()))
            + ", section on "
            + catalogue.activity(activityId(task)).area().name());
  }

  private void adjustPlan(String notes) {
    complete(
        "paul",
        task(PhaseModel.PLAN_ADJUSTMENT_TASK),
        Map.of(
            PhaseModel.PLAN_ADJUSTMENT_NOTES.name(),
            notes,
            PhaseModel.PLAN_CONFIRMED.name(),
            true));
  }

  private void analyse() {
    Task analysis = task(GateModel.ACHIEVEMENT_ANALYSIS_TASK);
    List<String> every =
        GateModel.KEY_CHARACTERISTIC_OPTIONS
            .from(engine.getTaskService().getVariables(analysis.getId()))
            .stream()
            .map(option -> option.get("value"))
            .toList();
    complete(
        "paul",
        analysis,
        Map.of(
            GateModel.KEY_CHARACTERISTICS_MET.name(),
            every,
            GateModel.ACHIEVEMENT_ANALYSIS_SUMMARY.name(),
            "Phase 1 reviewed with the process owners: policy issued, roles assigned"));
  }

  private void vote(String member, String notes) {
    complete(
        member,
        task(GateModel.BOARD_VOTE_TASK),
        Map.of(GateModel.GATE_VOTE.name(), "approve", GateModel.GATE_VOTE_NOTES.name(), notes));
  }

  /**
   * Three project-team activities were due four days ago: set by the administrator, as role holders
   * may work on their tasks but not re-plan them.
   */
  private void markOverdue(LocalDate today) {
    Date overdue = Date.from(today.minusDays(4).atStartOfDay(ZoneId.systemDefault()).toInstant());
    activityTasks().stream()
        .filter(task -> groupsOf(task).contains("project-team"))
        .limit(3)
        .forEach(
            task ->
                acting.run(
                    ADMINISTRATOR,
                    () -> engine.getTaskService().setDueDate(task.getId(), overdue)));
  }

  private void complete(String user, Task task, Map<String, Object> values) {
    acting.run(user, () -> engine.getTaskService().complete(task.getId(), values));
  }

  private Task task(String taskDefinitionKey) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(BUSINESS_KEY)
        .taskDefinitionKey(taskDefinitionKey)
        .singleResult();
  }

  private List<Task> activityTasks() {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(BUSINESS_KEY)
        .orderByTaskName()
        .asc()
        .list()
        .stream()
        .filter(task -> PhaseModel.isActivityTask(task.getTaskDefinitionKey()))
        .toList();
  }

  private String activityId(Task task) {
    return PhaseModel.ACTIVITY_ID.from(engine.getTaskService().getVariables(task.getId()));
  }

  private List<String> groupsOf(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(group -> group != null)
        .toList();
  }

  private String holderOf(Task task) {
    for (String group : groupsOf(task)) {
      var members = engine.getIdentityService().createUserQuery().memberOfGroup(group).list();
      if (!members.isEmpty()) {
        return members.get(0).getId();
      }
    }
    throw new IllegalStateException("Nobody holds a role of " + task.getName());
  }
}
