package dev.pathway.reports;

import dev.pathway.improvement.CycleResult;
import dev.pathway.improvement.ImprovementRecords.ActionStatus;
import dev.pathway.phase.GateRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the management review pack (8.2) is made of, gathered once and handed to its template:
 * one list per section. A new kind of record (e.g. audit findings, corrective actions) is a new
 * component here, a line in {@link ManagementReviewPacks#input} and a section in {@code
 * management-review.html}.
 *
 * @param implementation id, business key, provider, state and start of the implementation
 * @param monitoring the completed monitoring cycles (8.2 a): performance, targets met
 * @param internalAudits the completed internal audits of 8.2 b
 * @param phaseGates the phase gates, the Phase 3 gate with the full internal audit's conclusion
 * @param managementReviews earlier management reviews and their decisions
 * @param improvementActions every improvement action with its status now
 * @param sinceLastReview what the next management review takes in, as its task shows it: audit
 *     results, nonconformities and their corrective actions, improvement actions, the earlier
 *     review's decisions and their status, changes that could affect the SMS (one list per input)
 */
public record ManagementReviewInput(
    Map<String, Object> implementation,
    Instant generatedAt,
    List<CycleResult> monitoring,
    List<CycleResult> internalAudits,
    List<GateRecord> phaseGates,
    List<CycleResult> managementReviews,
    List<ActionStatus> improvementActions,
    Map<String, List<String>> sinceLastReview) {}
