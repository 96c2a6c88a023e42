package dev.pathway.phase;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pathway.process.ValueSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * The record of one phase gate, as {@code GET /api/implementations/{id}/gates} returns it and the
 * gate decision record (PDF) prints it: what the board saw (the inputs of the exit decision and the
 * items behind them), the rule of the decision table that matched and the table's version, the
 * table's outcome, the board's override with its reason, and the votes.
 *
 * @param reason the table's own words for its outcome
 * @param analysisBy who completed the achievement analysis (and so may not vote on the gate)
 *     <p>What is not there is written as null (an override, Phase 1 and 2's audit), whatever the
 *     application's default.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record GateRecord(
    String gateId,
    int phase,
    int round,
    Instant decidedAt,
    Inputs inputs,
    Rule rule,
    Integer decisionTableVersion,
    String outcome,
    String reason,
    Override override,
    String analysisBy,
    List<GateDecision.Vote> votes) {

  /** The outcome that stands: the board's override, else the table's. */
  @JsonProperty("finalOutcome")
  public String finalOutcome() {
    return override == null ? outcome : override.outcome();
  }

  /** The board's words for an outcome of the exit decision, e.g. "Proceed to the next phase". */
  public static String label(String outcome) {
    return outcome == null ? null : ValueSet.of(ExitDecision.class, outcome).label();
  }

  /** A share between 0 and 1 as a board member reads it: "4 %". */
  public static String percent(BigDecimal share) {
    return share == null
        ? null
        : share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP) + " %";
  }

  /**
   * @param carriedItems activities carried into the phase from the previous one, and activities the
   *     plan adjustment deferred from it to the next, with their status at the gate
   * @param auditConclusion Phase 3 only: the conclusion of the full internal audit
   * @param openNonconformities Phase 3 only: the nonconformities the audit found
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Inputs(
      int activityCount,
      int unfinishedCount,
      BigDecimal unfinishedShare,
      int characteristicsUnmet,
      @JsonIgnore BigDecimal characteristicsUnmetShare,
      List<String> unmetCharacteristics,
      List<ActivityItem> unfinishedActivities,
      List<CarriedItem> carriedItems,
      String auditConclusion,
      Integer openNonconformities) {}

  /** A Table B.1 activity as the board reads it. */
  public record ActivityItem(String activityId, String name, String area, String status) {}

  /**
   * @param carried "carried-in" (from the previous phase) or "deferred" (to the next phase)
   * @param status the latest outcome recorded in the phase, "open" when none, "deferred" when moved
   *     on
   */
  public record CarriedItem(
      String activityId, String name, String area, String carried, String status) {}

  /**
   * @param id the decision table rule's id, e.g. {@code Rule_auditDoesNotConform}
   */
  public record Rule(String id, String description) {}

  public record Override(String outcome, String reason, String by, Instant at) {}
}
