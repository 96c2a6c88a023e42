package dev.pathway.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import dev.pathway.audit.AuditModel;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.Scenario;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Clause 8 after Phase 3: continuing governance, the PDCA cycles on planned intervals, and
 * improvement actions.
 */
@PathwayTest
class ContinualImprovementTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  Scenario scenario;
  ProcessInstance improvement;

  @BeforeEach
  void setUp() {
    init(engine);
    scenario = new Scenario(engine);
    improvement =
        engine
            .getRuntimeService()
            .createProcessInstanceByKey(ContinualImprovementModel.KEY)
            .businessKey(scenario.businessKey())
            .setVariables(
                Map.of(
                    ProgrammeModel.IMPLEMENTATION_ID.name(),
                    "implementation-" + scenario.businessKey(),
                    ProgrammeModel.SERVICE_PROVIDER.name(),
                    "Northwind"))
            .execute();
  }

  @Test
  void aTimerCycleRunsMonitoringInternalAuditAndManagementReviewAtTheirIntervals() {
    Date before = new Date();
    governance("P1M", "P6M", "P1Y");

    Date after = new Date();
    assertThat(timer(ContinualImprovementModel.MONITORING_TIMER).getDuedate())
        .isBetween(plusMonths(before, 1), plusMonths(after, 1), true, true);
    assertThat(timer(ContinualImprovementModel.INTERNAL_AUDIT_TIMER).getDuedate())
        .isAfterOrEqualTo(plusMonths(before, 6));
    assertThat(timer(ContinualImprovementModel.MANAGEMENT_REVIEW_TIMER).getDuedate())
        .isAfterOrEqualTo(plusMonths(before, 12));

    fire(ContinualImprovementModel.MONITORING_TIMER);
    Task monitoring = scenario.task(ContinualImprovementModel.MONITORING_TASK);
    assertThat(monitoring.getName())
        .isEqualTo("Monitoring of services and process performance, cycle 1 (8.2 a)");
    assertThat(engine.getTaskService().getIdentityLinksForTask(monitoring.getId()))
        .extracting(link -> link.getGroupId())
        .containsExactlyInAnyOrder(
            "service-owner", "process-owner", "service-reporting-management");
    scenario.complete(
        "sofia",
        monitoring,
        Map.of(
            ContinualImprovementModel.PERFORMANCE_SUMMARY.name(),
            "Hosting 99.95 %; workplace 98.7 %",
            ContinualImprovementModel.TARGETS_MET.name(),
            "some"));
    assertThat(timer(ContinualImprovementModel.MONITORING_TIMER))
        .as("the next monitoring cycle waits")
        .isNotNull();

    fire(ContinualImprovementModel.INTERNAL_AUDIT_TIMER);
    Task audit = scenario.task(AuditModel.AUDIT_TASK);
    assertThat(audit.getName()).isEqualTo("Internal audit, cycle 1 (8.2 b)");
    scenario.complete("ada", audit, Implementation.cycleAuditAnswers(List.of()));
    assertThat(
            jdbc.queryForObject(
                "SELECT d.title FROM pw_audit a JOIN pw_document d ON d.id = a.report_document"
                    + " WHERE a.implementation_id = ? AND d.type = 'record' AND d.status = 'issued'",
                String.class,
                "implementation-" + scenario.businessKey()))
        .as("the cycle's audit report, a record of the register")
        .isEqualTo(
            "Internal audit report: Internal audit, cycle 1 (8.2 b), 2028-03-01 to 2028-03-10");
    fire(ContinualImprovementModel.MANAGEMENT_REVIEW_TIMER);
    Task review = scenario.task(ContinualImprovementModel.MANAGEMENT_REVIEW_TASK);
    assertThat(review.getName()).isEqualTo("Management review, cycle 1 (8.2 b)");
    assertThat(review.getAssignee()).as("the accountable senior manager").isEqualTo("tina");
    scenario.complete(
        "tina",
        review,
        Map.of(
            ContinualImprovementModel.REVIEW_INPUTS.name(),
            "Audit results, SLA performance",
            ContinualImprovementModel.REVIEW_DECISIONS.name(),
            "Fund the change tooling upgrade",
            ContinualImprovementModel.SMS_STILL_SUITABLE.name(),
            true));

    fire(ContinualImprovementModel.MONITORING_TIMER);
    assertThat(scenario.task(ContinualImprovementModel.MONITORING_TASK).getName())
        .contains("cycle 2");
    assertThat(cyclesRecorded("monitoring")).containsExactly(1, 2);
    assertThat(cyclesRecorded("internal-audit")).containsExactly(1);
  }

  @Test
  void aFindingBecomesAnImprovementActionThatIsPlannedImplementedAndCheckedForEffectiveness() {
    governance("P1M", "P6M", "P1Y");
    fire(ContinualImprovementModel.INTERNAL_AUDIT_TIMER);
    scenario.complete(
        "ada",
        AuditModel.AUDIT_TASK,
        withImprovements(
            Implementation.cycleAuditAnswers(List.of()),
            "Emergency changes are not reviewed after implementation\n- Change calendar not shared with the service desk"));

    List<Task> plans = scenario.tasks(ImprovementActionModel.PLAN_TASK);
    assertThat(plans).hasSize(2);
    Task plan =
        plans.stream()
            .filter(task -> task.getName().contains("Emergency changes"))
            .findFirst()
            .orElseThrow();
    assertThat(plan.getDescription())
        .startsWith("Internal audit, cycle 1: Emergency changes are not reviewed");
    scenario.complete(
        "simon",
        plan,
        Map.of(
            ImprovementActionModel.PRIORITY.name(),
            "high",
            ImprovementActionModel.IMPROVEMENT_TARGET.name(),
            "100 % of emergency changes reviewed within 5 days",
            ImprovementActionModel.IMPROVEMENT_PLAN.name(),
            "Add a post-implementation review step",
            ImprovementActionModel.IMPROVEMENT_OWNER.name(),
            "sofia",
            ImprovementActionModel.TARGET_DATE.name(),
            "2027-06-30"));

    // the improvement waits for its approval: nobody implements it before
    assertThat(scenario.tasks(ImprovementActionModel.IMPLEMENT_TASK)).isEmpty();
    Task approval = approvalOf("Emergency changes");
    assertThat(approval.getName()).startsWith("Approve the improvement: Emergency changes");
    assertThat(
            engine
                .getTaskService()
                .getVariable(approval.getId(), ImprovementActionModel.IMPROVEMENT_PLAN_TEXT.name()))
        .asString()
        .contains("Priority: High")
        .contains("Add a post-implementation review step");
    scenario.complete(
        "tina",
        approval,
        Map.of(
            ImprovementActionModel.IMPROVEMENT_APPROVAL.name(),
            "sent-back",
            ImprovementActionModel.APPROVAL_RETURN_REASON.name(),
            "Name the change manager as owner"));
    assertThat(scenario.tasks(ImprovementActionModel.IMPLEMENT_TASK)).isEmpty();
    Task replan =
        scenario.tasks(ImprovementActionModel.PLAN_TASK).stream()
            .filter(task -> task.getName().contains("Emergency changes"))
            .findFirst()
            .orElseThrow();
    assertThat(
            engine
                .getTaskService()
                .getVariable(replan.getId(), ImprovementActionModel.APPROVAL_RETURN_REASON.name()))
        .isEqualTo("Name the change manager as owner");
    scenario.complete(
        "simon",
        replan,
        Map.of(
            ImprovementActionModel.PRIORITY.name(),
            "high",
            ImprovementActionModel.IMPROVEMENT_TARGET.name(),
            "100 % of emergency changes reviewed within 5 days",
            ImprovementActionModel.IMPROVEMENT_PLAN.name(),
            "Add a post-implementation review step",
            ImprovementActionModel.IMPROVEMENT_OWNER.name(),
            "sofia",
            ImprovementActionModel.TARGET_DATE.name(),
            "2027-06-30"));
    approve("simon", "Emergency changes");

    Task implement = implementationOf("Emergency changes");
    assertThat(implement.getPriority()).isEqualTo(80);
    // the owner picked in the plan gets the task, due on the action's target date
    assertThat(implement.getAssignee()).isEqualTo("sofia");
    assertThat(implement.getDueDate()).hasSameTimeAs("2027-06-30T00:00:00");
    scenario.complete(
        "sofia",
        implement,
        Map.of(
            ImprovementActionModel.IMPLEMENTATION_NOTES.name(),
            "Review step added to the change procedure v2.1",
            ImprovementActionModel.IMPLEMENTED.name(),
            true));
    scenario.complete(
        "simon",
        effectivenessCheckOf("Emergency changes"),
        Map.of(
            ImprovementActionModel.EFFECTIVENESS.name(),
            "not-effective",
            ImprovementActionModel.MEASURED_RESULT.name(),
            "60 % reviewed in May",
            ImprovementActionModel.EFFECTIVENESS_RETURN_REASON.name(),
            "Reviews are skipped at weekends"));

    Task planAgain =
        scenario.tasks(ImprovementActionModel.PLAN_TASK).stream()
            .filter(task -> task.getName().contains("Emergency changes"))
            .findFirst()
            .orElseThrow();
    assertThat(
            engine
                .getTaskService()
                .getVariable(
                    planAgain.getId(), ImprovementActionModel.EFFECTIVENESS_RETURN_REASON.name()))
        .isEqualTo("Reviews are skipped at weekends");
    scenario.complete(
        "simon",
        planAgain,
        Map.of(
            ImprovementActionModel.PRIORITY.name(),
            "high",
            ImprovementActionModel.IMPROVEMENT_TARGET.name(),
            "100 % reviewed within 5 days",
            ImprovementActionModel.IMPROVEMENT_PLAN.name(),
            "Weekend on-call reviews",
            ImprovementActionModel.IMPROVEMENT_OWNER.name(),
            "sofia",
            ImprovementActionModel.TARGET_DATE.name(),
            "2027-09-30"));
    approve("bea", "Emergency changes");
    scenario.complete(
        "sofia",
        implementationOf("Emergency changes"),
        Map.of(
            ImprovementActionModel.IMPLEMENTATION_NOTES.name(),
            "On-call rota updated",
            ImprovementActionModel.IMPLEMENTED.name(),
            true));
    ProcessInstance action =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(ImprovementActionModel.KEY)
            .processInstanceBusinessKey(scenario.businessKey())
            .variableValueLike(ImprovementActionModel.FINDING_TEXT.name(), "Emergency changes%")
            .singleResult();
    scenario.complete(
        "simon",
        effectivenessCheckOf("Emergency changes"),
        Map.of(
            ImprovementActionModel.EFFECTIVENESS.name(),
            "effective",
            ImprovementActionModel.MEASURED_RESULT.name(),
            "100 % reviewed in August"));
    BpmnAwareTests.assertThat(action).isEnded().hasPassed("improvementEffective");
  }

  @Test
  void aChangedIntervalAppliesFromTheNextCycleAndWaitingTimersCanBeRescheduled() {
    governance("P1M", "P6M", "P1Y");
    Date firstDue = timer(ContinualImprovementModel.MONITORING_TIMER).getDuedate();
    engine
        .getRuntimeService()
        .setVariable(
            improvement.getId(), ContinualImprovementModel.MONITORING_INTERVAL.name(), "P3M");
    assertThat(timer(ContinualImprovementModel.MONITORING_TIMER).getDuedate())
        .as("the waiting cycle keeps its date")
        .isEqualTo(firstDue);

    fire(ContinualImprovementModel.MONITORING_TIMER);
    Task monitoring = scenario.task(ContinualImprovementModel.MONITORING_TASK);
    assertThat(monitoring.getDueDate())
        .as("to be done before the next cycle is due")
        .isEqualTo(plusMonths(firstDue, 3));
    scenario.complete(
        "sofia",
        monitoring,
        Map.of(
            ContinualImprovementModel.PERFORMANCE_SUMMARY.name(),
            "All green",
            ContinualImprovementModel.TARGETS_MET.name(),
            "all"));
    assertThat(timer(ContinualImprovementModel.MONITORING_TIMER).getDuedate())
        .as(
            "the next cycle uses the new interval, counted from when the previous cycle was due, not from its completion")
        .isEqualTo(plusMonths(firstDue, 3));

    Date auditPlannedFrom =
        (Date)
            engine
                .getRuntimeService()
                .getVariable(
                    improvement.getId(),
                    ContinualImprovementModel.INTERNAL_AUDIT_PREVIOUS_DUE.name());
    assertThat(timer(ContinualImprovementModel.INTERNAL_AUDIT_TIMER).getDuedate())
        .isEqualTo(plusMonths(auditPlannedFrom, 6));
    engine
        .getRuntimeService()
        .setVariable(
            improvement.getId(), ContinualImprovementModel.INTERNAL_AUDIT_INTERVAL.name(), "P2M");
    engine
        .getManagementService()
        .recalculateJobDuedate(
            timer(ContinualImprovementModel.INTERNAL_AUDIT_TIMER).getId(), false);
    assertThat(timer(ContinualImprovementModel.INTERNAL_AUDIT_TIMER).getDuedate())
        .as("rescheduled without redeploying")
        .isEqualTo(plusMonths(auditPlannedFrom, 2));
  }

  @Test
  void intervalsAreChosenFromMonthlyToYearlyAndAnExpertMayTypeAnotherAsAnIso8601Duration() {
    Map<String, Object> answers = new java.util.HashMap<>();
    answers.put(ContinualImprovementModel.ACCOUNTABLE_SENIOR_MANAGER.name(), "tina");
    answers.put(ContinualImprovementModel.GOVERNANCE_GROUP_MEMBERS.name(), "Process owners");
    answers.put(ContinualImprovementModel.MONITORING_INTERVAL.name(), "custom");
    answers.put("monitoringIntervalCustom", "P0D");
    answers.put(ContinualImprovementModel.INTERNAL_AUDIT_INTERVAL.name(), "P3M");
    answers.put(ContinualImprovementModel.MANAGEMENT_REVIEW_INTERVAL.name(), "P1Y");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                scenario.complete(
                    "tina", ContinualImprovementModel.CONTINUING_GOVERNANCE_TASK, answers))
        .hasMessageContaining("monitoringIntervalCustom")
        .hasMessageContaining("'P0D' is not an ISO-8601 duration");
    answers.put("monitoringIntervalCustom", "P2M");
    Date before = new Date();
    scenario.complete("tina", ContinualImprovementModel.CONTINUING_GOVERNANCE_TASK, answers);

    assertThat(timer(ContinualImprovementModel.MONITORING_TIMER).getDuedate())
        .isAfterOrEqualTo(plusMonths(before, 2));
    fire(ContinualImprovementModel.INTERNAL_AUDIT_TIMER);
    assertThat(scenario.task(AuditModel.AUDIT_TASK).getDescription())
        .contains("cycle 1, repeated every quarter.");
    fire(ContinualImprovementModel.MONITORING_TIMER);
    assertThat(scenario.task(ContinualImprovementModel.MONITORING_TASK).getDescription())
        .contains("repeated every P2M (ISO-8601)");
  }

  @Test
  void theEndMessageStopsEveryCycle() {
    governance("P1M", "P6M", "P1Y");
    engine
        .getRuntimeService()
        .createMessageCorrelation(ContinualImprovementModel.ENDED_MESSAGE)
        .processInstanceBusinessKey(scenario.businessKey())
        .correlate();
    BpmnAwareTests.assertThat(improvement).isEnded();
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(improvement.getId())
                .count())
        .isZero();
  }

  private void governance(String monitoring, String audit, String review) {
    scenario.complete(
        "tina",
        ContinualImprovementModel.CONTINUING_GOVERNANCE_TASK,
        Map.of(
            ContinualImprovementModel.ACCOUNTABLE_SENIOR_MANAGER.name(),
            "tina",
            ContinualImprovementModel.GOVERNANCE_GROUP_MEMBERS.name(),
            "Process owners and service owners of hosting and workplace",
            ContinualImprovementModel.MONITORING_INTERVAL.name(),
            monitoring,
            ContinualImprovementModel.INTERNAL_AUDIT_INTERVAL.name(),
            audit,
            ContinualImprovementModel.MANAGEMENT_REVIEW_INTERVAL.name(),
            review));
  }

  private Job timer(String activityId) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(improvement.getId())
        .timers()
        .activityId(activityId)
        .singleResult();
  }

  private void fire(String activityId) {
    engine.getManagementService().executeJob(timer(activityId).getId());
  }

  private Task implementationOf(String finding) {
    return scenario.tasks(ImprovementActionModel.IMPLEMENT_TASK).stream()
        .filter(task -> task.getName().contains(finding))
        .findFirst()
        .orElseThrow();
  }

  private Task approvalOf(String finding) {
    return scenario.tasks(ImprovementActionModel.APPROVE_TASK).stream()
        .filter(task -> task.getName().contains(finding))
        .findFirst()
        .orElseThrow();
  }

  private void approve(String approver, String finding) {
    scenario.complete(
        approver,
        approvalOf(finding),
        Map.of(ImprovementActionModel.IMPROVEMENT_APPROVAL.name(), "approved"));
  }

  private Task effectivenessCheckOf(String finding) {
    return scenario.tasks(ImprovementActionModel.CHECK_EFFECTIVENESS_TASK).stream()
        .filter(task -> task.getName().contains(finding))
        .findFirst()
        .orElseThrow();
  }

  private List<Integer> cyclesRecorded(String kind) {
    return jdbc.queryForList(
        "SELECT cycle FROM pw_improvement_cycle WHERE implementation_id = ? AND kind = ? ORDER BY cycle",
        Integer.class,
        "implementation-" + scenario.businessKey(),
        kind);
  }

  private static Date plusMonths(Date date, int months) {
    return Date.from(
        date.toInstant().atZone(ZoneId.systemDefault()).plusMonths(months).toInstant());
  }

  private static Map<String, Object> withImprovements(Map<String, Object> audit, String lines) {
    audit.put(ContinualImprovementModel.FINDINGS.name(), lines);
    return audit;
  }
}
