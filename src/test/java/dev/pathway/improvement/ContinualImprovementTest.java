package dev.pathway.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

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

/** Clause 8 after Phase 3: continuing governance, the PDCA cycles on planned intervals, and improvement actions. */
@PathwayTest
class ContinualImprovementTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;
  Scenario scenario;
  ProcessInstance improvement;

  @BeforeEach
  void setUp() {
    init(engine);
    scenario = new Scenario(engine);
    improvement = engine.getRuntimeService().createProcessInstanceByKey("continual-improvement")
        .businessKey(scenario.businessKey())
        .setVariables(Map.of("implementationId", "implementation-" + scenario.businessKey(), "serviceProvider", "Northwind"))
        .execute();
  }

  @Test
  void aTimerCycleRunsMonitoringInternalAuditAndManagementReviewAtTheirIntervals() {
    Date before = new Date();
    governance("P1M", "P6M", "P1Y");

    Date after = new Date();
    assertThat(timer("monitoringDue").getDuedate()).isBetween(plusMonths(before, 1), plusMonths(after, 1), true, true);
    assertThat(timer("internalAuditDue").getDuedate()).isAfterOrEqualTo(plusMonths(before, 6));
    assertThat(timer("managementReviewDue").getDuedate()).isAfterOrEqualTo(plusMonths(before, 12));

    fire("monitoringDue");
    Task monitoring = scenario.task("monitoringCycle");
    assertThat(monitoring.getName()).isEqualTo("Monitoring of services and process performance, cycle 1 (8.2 a)");
    assertThat(engine.getTaskService().getIdentityLinksForTask(monitoring.getId())).extracting(link -> link.getGroupId())
        .containsExactlyInAnyOrder("service-owner", "process-owner", "service-reporting-management");
    scenario.complete("sofia", monitoring, Map.of("performanceSummary", "Hosting 99.95 %; workplace 98.7 %",
        "targetsMet", "some"));
    assertThat(timer("monitoringDue")).as("the next monitoring cycle waits").isNotNull();

    fire("internalAuditDue");
    scenario.complete("ada", "internalAuditCycle", Map.of("auditScope", "Incident and change management",
        "auditFindings", "Change records incomplete", "nonconformitiesFound", 1));
    fire("managementReviewDue");
    Task review = scenario.task("managementReviewCycle");
    assertThat(review.getName()).isEqualTo("Management review, cycle 1 (8.2 b)");
    scenario.complete("tina", review, Map.of("reviewInputs", "Audit results, SLA performance",
        "reviewDecisions", "Fund the change tooling upgrade", "smsStillSuitable", true));

    fire("monitoringDue");
    assertThat(scenario.task("monitoringCycle").getName()).contains("cycle 2");
    assertThat(cyclesRecorded("monitoring")).containsExactly(1, 2);
    assertThat(cyclesRecorded("internal-audit")).containsExactly(1);
  }

  @Test
  void aFindingBecomesAnImprovementActionThatIsPlannedImplementedAndCheckedForEffectiveness() {
    governance("P1M", "P6M", "P1Y");
    fire("internalAuditDue");
    scenario.complete("ada", "internalAuditCycle", Map.of("auditScope", "Change management",
        "auditFindings", "Emergency changes bypass the CAB", "nonconformitiesFound", 1,
        "findings", "Emergency changes are not reviewed after implementation\n- Change calendar not shared with the service desk"));

    List<Task> plans = scenario.tasks("planImprovement");
    assertThat(plans).hasSize(2);
    Task plan = plans.stream().filter(task -> task.getName().contains("Emergency changes")).findFirst().orElseThrow();
    assertThat(plan.getDescription()).startsWith("Internal audit, cycle 1: Emergency changes are not reviewed");
    scenario.complete("simon", plan, Map.of("priority", "high", "improvementTarget", "100 % of emergency changes reviewed within 5 days",
        "improvementPlan", "Add a post-implementation review step", "improvementOwner", "Carla Romano", "targetDate", "2027-06-30"));

    Task implement = implementationOf("Emergency changes");
    assertThat(implement.getPriority()).isEqualTo(80);
    scenario.complete("sofia", implement, Map.of("implementationNotes", "Review step added to the change procedure v2.1",
        "implemented", true));
    scenario.complete("simon", effectivenessCheckOf("Emergency changes"), Map.of("effectiveness", "not-effective",
        "measuredResult", "60 % reviewed in May", "effectivenessReturnReason", "Reviews are skipped at weekends"));

    Task planAgain = scenario.tasks("planImprovement").stream().filter(task -> task.getName().contains("Emergency changes"))
        .findFirst().orElseThrow();
    assertThat(engine.getTaskService().getVariable(planAgain.getId(), "effectivenessReturnReason"))
        .isEqualTo("Reviews are skipped at weekends");
    scenario.complete("simon", planAgain, Map.of("priority", "high", "improvementTarget", "100 % reviewed within 5 days",
        "improvementPlan", "Weekend on-call reviews", "improvementOwner", "Carla Romano", "targetDate", "2027-09-30"));
    scenario.complete("sofia", implementationOf("Emergency changes"), Map.of("implementationNotes", "On-call rota updated",
        "implemented", true));
    ProcessInstance action = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("improvement-action")
        .processInstanceBusinessKey(scenario.businessKey()).variableValueLike("findingText", "Emergency changes%").singleResult();
    scenario.complete("simon", effectivenessCheckOf("Emergency changes"), Map.of("effectiveness", "effective",
        "measuredResult", "100 % reviewed in August"));
    BpmnAwareTests.assertThat(action).isEnded().hasPassed("improvementEffective");
  }

  @Test
  void aChangedIntervalAppliesFromTheNextCycleAndWaitingTimersCanBeRescheduled() {
    governance("P1M", "P6M", "P1Y");
    Date firstDue = timer("monitoringDue").getDuedate();
    engine.getRuntimeService().setVariable(improvement.getId(), "monitoringInterval", "P3M");
    assertThat(timer("monitoringDue").getDuedate()).as("the waiting cycle keeps its date").isEqualTo(firstDue);

    fire("monitoringDue");
    Task monitoring = scenario.task("monitoringCycle");
    assertThat(monitoring.getDueDate()).as("to be done before the next cycle is due").isEqualTo(plusMonths(firstDue, 3));
    scenario.complete("sofia", monitoring, Map.of("performanceSummary", "All green", "targetsMet", "all"));
    assertThat(timer("monitoringDue").getDuedate())
        .as("the next cycle uses the new interval, counted from when the previous cycle was due, not from its completion")
        .isEqualTo(plusMonths(firstDue, 3));

    Date auditPlannedFrom = (Date) engine.getRuntimeService().getVariable(improvement.getId(), "internalAuditPreviousDue");
    assertThat(timer("internalAuditDue").getDuedate()).isEqualTo(plusMonths(auditPlannedFrom, 6));
    engine.getRuntimeService().setVariable(improvement.getId(), "internalAuditInterval", "P2M");
    engine.getManagementService().recalculateJobDuedate(timer("internalAuditDue").getId(), false);
    assertThat(timer("internalAuditDue").getDuedate()).as("rescheduled without redeploying")
        .isEqualTo(plusMonths(auditPlannedFrom, 2));
  }

  @Test
  void theEndMessageStopsEveryCycle() {
    governance("P1M", "P6M", "P1Y");
    engine.getRuntimeService().createMessageCorrelation("ContinualImprovementEnded")
        .processInstanceBusinessKey(scenario.businessKey()).correlate();
    BpmnAwareTests.assertThat(improvement).isEnded();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(improvement.getId()).count()).isZero();
  }

  private void governance(String monitoring, String audit, String review) {
    scenario.complete("tina", "continuingGovernance", Map.of("accountableSeniorManager", "COO",
        "governanceGroupMembers", "Process owners and service owners of hosting and workplace",
        "monitoringInterval", monitoring, "internalAuditInterval", audit, "managementReviewInterval", review));
  }

  private Job timer(String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(improvement.getId()).timers()
        .activityId(activityId).singleResult();
  }

  private void fire(String activityId) {
    engine.getManagementService().executeJob(timer(activityId).getId());
  }

  private Task implementationOf(String finding) {
    return scenario.tasks("implementImprovement").stream().filter(task -> task.getName().contains(finding)).findFirst().orElseThrow();
  }

  private Task effectivenessCheckOf(String finding) {
    return scenario.tasks("checkEffectiveness").stream().filter(task -> task.getName().contains(finding)).findFirst().orElseThrow();
  }

  private List<Integer> cyclesRecorded(String kind) {
    return jdbc.queryForList("SELECT cycle FROM pw_improvement_cycle WHERE implementation_id = ? AND kind = ? ORDER BY cycle",
        Integer.class, "implementation-" + scenario.businessKey(), kind);
  }

  private static Date plusMonths(Date date, int months) {
    return Date.from(date.toInstant().atZone(ZoneId.systemDefault()).plusMonths(months).toInstant());
  }
}
