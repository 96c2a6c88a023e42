package dev.pathway.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pathway.audit.AuditModel;
import dev.pathway.audit.CorrectiveActionModel;
import dev.pathway.improvement.ContinualImprovementModel;
import dev.pathway.support.ContinualImprovementStart;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.Scenario;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The management review of 8.2 opens with the period's monitoring results, audit results,
 * nonconformities and corrective actions, improvement actions, the earlier reviews' decisions and
 * changes filled in; its decisions go to their owners and the next review shows their status.
 */
@PathwayTest
class ManagementReviewTest {

  @Autowired ProcessEngine engine;
  @Autowired ReviewRepository reviews;
  Scenario scenario;
  String implementationId;

  @BeforeEach
  void continualImprovementRuns() {
    scenario = new Scenario(engine);
    implementationId = "implementation-" + scenario.businessKey();
    ContinualImprovementStart.governed(engine, scenario, implementationId);
  }

  @Test
  void theManagementReviewOpensWithThePeriodsDataFilledInAndTracksItsDecisions() {
    fire(ContinualImprovementModel.MONITORING_TIMER);
    scenario.complete(
        "sofia",
        ContinualImprovementModel.MONITORING_TASK,
        Map.of(
            ContinualImprovementModel.PERFORMANCE_SUMMARY.name(),
            "Availability 99.95 %, two response targets missed",
            ContinualImprovementModel.TARGETS_MET.name(),
            "some"));
    fire(ContinualImprovementModel.INTERNAL_AUDIT_TIMER);
    Map<String, Object> audit =
        Implementation.cycleAuditAnswers(
            List.of(
                Map.of(
                    "area", "change-management",
                    "clause", "8.5.1",
                    "kind", "minor-nonconformity",
                    "statement", "Emergency changes are not reviewed afterwards",
                    "evidence", "CHG-0101, CHG-0107")));
    audit.put(ContinualImprovementModel.FINDINGS.name(), "Share the change calendar");
    scenario.complete("ada", AuditModel.AUDIT_TASK, audit);
    assertThat(scenario.tasks(CorrectiveActionModel.PLAN_TASK)).hasSize(1);

    fire(ContinualImprovementModel.MANAGEMENT_REVIEW_TIMER);
    Task review = scenario.task(ContinualImprovementModel.MANAGEMENT_REVIEW_TASK);
    assertThat(text(review, ReviewModel.MONITORING_TEXT))
        .contains("Cycle 1: some targets missed. Availability 99.95 %");
    assertThat(text(review, ReviewModel.AUDITS_TEXT))
        .contains("Internal audit, cycle 1")
        .contains("1 areas audited, 1 findings (1 minor nonconformity)")
        .as("the audit report, kept as a record of the register")
        .containsPattern("; report: DOC-\\d{4}");
    assertThat(text(review, ReviewModel.NONCONFORMITIES_TEXT))
        .contains("Minor nonconformity in Change management (clause 8.5.1)")
        .contains("open, corrective action at: Correct the nonconformity");
    assertThat(text(review, ReviewModel.IMPROVEMENTS_TEXT))
        .contains("Share the change calendar — open, at: Prioritise and plan");
    assertThat(text(review, ReviewModel.EARLIER_DECISIONS_TEXT))
        .isEqualTo("Nothing recorded in this period.");

    scenario.complete(
        "tina",
        review,
        Map.of(
            ContinualImprovementModel.REVIEW_DECISIONS.name(),
            "The SMS is suitable; change management needs tooling",
            ContinualImprovementModel.SMS_STILL_SUITABLE.name(),
            true,
            ReviewModel.ACTION_ITEMS.name(),
            List.of(
                Map.of(
                    "decision",
                    "Fund the change tooling upgrade",
                    "owner",
                    "simon",
                    "dueDate",
                    "2029-01-31"))));
    ReviewRepository.Review kept = reviews.reviews(implementationId).get(0);
    assertThat(kept.minutes()).isEqualTo("The SMS is suitable; change management needs tooling");
    assertThat(kept.inputs()).contains("## Audit results").contains("Internal audit, cycle 1");
    assertThat(kept.actions())
        .extracting(ReviewRepository.Action::owner, ReviewRepository.Action::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("simon", "open"));

    Task decision = scenario.task(ReviewModel.CARRY_OUT_TASK);
    assertThat(decision.getAssignee()).isEqualTo("simon");
    assertThat(decision.getName())
        .isEqualTo("Management review decision: Fund the change tooling upgrade");
    scenario.complete(
        "simon", decision, Map.of(ReviewModel.ACTION_OUTCOME.name(), "Budget approved"));

    fire(ContinualImprovementModel.MANAGEMENT_REVIEW_TIMER);
    Task next = scenario.task(ContinualImprovementModel.MANAGEMENT_REVIEW_TASK);
    assertThat(text(next, ReviewModel.EARLIER_DECISIONS_TEXT))
        .isEqualTo(
            "- Fund the change tooling upgrade — Simon Haddad (simon), due 2029-01-31: done"
                + " (Budget approved)");
    assertThat(text(next, ReviewModel.AUDITS_TEXT))
        .as("the next period starts after the previous review")
        .isEqualTo("Nothing recorded in this period.");
  }

  private String text(Task task, dev.pathway.process.ProcessVariable<String> variable) {
    return (String) engine.getTaskService().getVariable(task.getId(), variable.name());
  }

  private void fire(String timer) {
    engine
        .getManagementService()
        .executeJob(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(scenario.instance(ContinualImprovementModel.KEY).getId())
                .timers()
                .activityId(timer)
                .singleResult()
                .getId());
  }
}
