package dev.pathway.support;

import dev.pathway.improvement.ContinualImprovementModel;
import dev.pathway.programme.ProgrammeModel;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Clause 8.2's cycles for an implementation, as the hand-over after Phase 3 starts them, with
 * continuing governance agreed by top management (tina): monthly monitoring, half-yearly audits, a
 * yearly management review.
 */
public final class ContinualImprovementStart {

  private ContinualImprovementStart() {}

  public static void governed(ProcessEngine engine, Scenario scenario, String implementationId) {
    engine
        .getRuntimeService()
        .createProcessInstanceByKey(ContinualImprovementModel.KEY)
        .businessKey(scenario.businessKey())
        .setVariables(
            Map.of(
                ProgrammeModel.IMPLEMENTATION_ID.name(),
                implementationId,
                ProgrammeModel.SERVICE_PROVIDER.name(),
                "Northwind"))
        .execute();
    scenario.complete(
        "tina",
        ContinualImprovementModel.CONTINUING_GOVERNANCE_TASK,
        Map.of(
            ContinualImprovementModel.ACCOUNTABLE_SENIOR_MANAGER.name(),
            "tina",
            ContinualImprovementModel.GOVERNANCE_GROUP_MEMBERS.name(),
            "Process owners and service owners",
            ContinualImprovementModel.MONITORING_INTERVAL.name(),
            "P1M",
            ContinualImprovementModel.INTERNAL_AUDIT_INTERVAL.name(),
            "P6M",
            ContinualImprovementModel.MANAGEMENT_REVIEW_INTERVAL.name(),
            "P1Y"));
  }
}
