package dev.pathway.reports;

import dev.pathway.improvement.CycleKind;
import dev.pathway.improvement.CycleResult;
import dev.pathway.improvement.ImprovementRecords;
import dev.pathway.phase.GateRepository;
import dev.pathway.review.ManagementReviewInputs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The management review pack (ISO/IEC 20000-1 management review, TR 20000-5 clause 8.2) of an
 * implementation: monitoring results, internal audit results (Phase 3's full internal audit and the
 * audits of 8.2), nonconformities, the status of improvement actions and the decisions taken so far
 * (phase gates and earlier management reviews), from the continual-improvement records.
 */
@Component
class ManagementReviewPacks {

  private final ImprovementRecords improvement;
  private final GateRepository gates;
  private final StatusReports status;
  private final ProcessEngineConfigurationImpl engine;
  private final ManagementReviewInputs reviewInputs;

  ManagementReviewPacks(
      ImprovementRecords improvement,
      GateRepository gates,
      StatusReports status,
      ProcessEngineConfigurationImpl engine,
      ManagementReviewInputs reviewInputs) {
    this.reviewInputs = reviewInputs;
    this.improvement = improvement;
    this.gates = gates;
    this.status = status;
    this.engine = engine;
  }

  /**
   * The records, read without the engine's authorizations: the user may read the implementation,
   * and the pack covers all of it (improvement actions run as processes of their own).
   */
  ManagementReviewInput input(HistoricProcessInstance implementation) {
    String id = implementation.getId();
    List<CycleResult> cycles = improvement.cycles(id);
    return new ManagementReviewInput(
        status.implementation(implementation),
        ClockUtil.getCurrentTime().toInstant(),
        ofKind(cycles, CycleKind.MONITORING),
        ofKind(cycles, CycleKind.INTERNAL_AUDIT),
        gates.records(id),
        ofKind(cycles, CycleKind.MANAGEMENT_REVIEW),
        engine
            .getCommandExecutorTxRequired()
            .execute(context -> context.runWithoutAuthorization(() -> improvement.actions(id))),
        sinceLastReview(implementation));
  }

  private Map<String, List<String>> sinceLastReview(HistoricProcessInstance implementation) {
    ManagementReviewInputs.Inputs gathered =
        engine
            .getCommandExecutorTxRequired()
            .execute(
                context ->
                    context.runWithoutAuthorization(
                        () ->
                            reviewInputs.gather(
                                implementation.getId(), implementation.getBusinessKey())));
    Map<String, List<String>> sections = new LinkedHashMap<>();
    sections.put("Audit results", gathered.auditResults());
    sections.put("Nonconformities and corrective actions", gathered.nonconformities());
    sections.put("Improvement actions", gathered.improvementActions());
    sections.put("Decisions of earlier reviews and their status", gathered.earlierDecisions());
    sections.put("Changes that could affect the SMS", gathered.changes());
    return sections;
  }

  /** What the template {@code management-review.html} shows. */
  Map<String, Object> values(ManagementReviewInput input) {
    List<Map<String, Object>> nonconformities = new ArrayList<>();
    input.phaseGates().stream()
        .filter(gate -> gate.inputs().auditConclusion() != null)
        .forEach(
            gate ->
                nonconformities.add(
                    Values.of(
                        "source", "Full internal audit, Phase 3 round " + gate.round(),
                        "when", Values.when(gate.decidedAt()),
                        "count", gate.inputs().openNonconformities(),
                        "conclusion", gate.inputs().auditConclusion().replace('-', ' '))));
    input
        .internalAudits()
        .forEach(
            audit ->
                nonconformities.add(
                    Values.of(
                        "source",
                        audit.title() + ", cycle " + audit.cycle(),
                        "when",
                        Values.when(audit.completedAt()),
                        "count",
                        audit.nonconformities(),
                        "conclusion",
                        null)));
    return Values.of(
        "implementation", input.implementation(),
        "generatedAt", Values.when(input.generatedAt()),
        "monitoring", cycles(input.monitoring()),
        "internalAudits", cycles(input.internalAudits()),
        "phaseAudits",
            input.phaseGates().stream()
                .filter(gate -> gate.inputs().auditConclusion() != null)
                .map(GateRecords::of)
                .toList(),
        "nonconformities", nonconformities,
        "actions",
            input.improvementActions().stream()
                .map(
                    action ->
                        Values.of(
                            "raisedAt", Values.when(action.raisedAt()),
                            "finding", action.finding(),
                            "source", action.source(),
                            "priority", action.priority(),
                            "owner", action.owner(),
                            "targetDate", action.targetDate(),
                            "status", action.status()))
                .toList(),
        "gates", input.phaseGates().stream().map(GateRecords::of).toList(),
        "sinceLastReview", input.sinceLastReview(),
        "reviews", cycles(input.managementReviews()));
  }

  private static List<CycleResult> ofKind(List<CycleResult> cycles, CycleKind kind) {
    return cycles.stream().filter(cycle -> cycle.kind().equals(kind.id())).toList();
  }

  private static List<Map<String, Object>> cycles(List<CycleResult> cycles) {
    return cycles.stream()
        .map(
            cycle ->
                Values.of(
                    "title", cycle.title() + ", cycle " + cycle.cycle(),
                    "completedBy", cycle.completedBy(),
                    "completedAt", Values.when(cycle.completedAt()),
                    "summary", cycle.summary(),
                    "detail", cycle.detail(),
                    "rating", cycle.rating(),
                    "nonconformities", cycle.nonconformities(),
                    "findings", cycle.findings()))
        .toList();
  }
}
