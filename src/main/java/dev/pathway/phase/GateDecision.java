package dev.pathway.phase;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A phase exit decision as kept for audit: the DMN's inputs and outcome, and the board's votes on
 * it.
 */
public record GateDecision(
    String gateId,
    int phase,
    int round,
    int activityCount,
    int unfinishedCount,
    BigDecimal unfinishedShare,
    int keyCharacteristicsUnmet,
    BigDecimal keyCharacteristicsUnmetShare,
    String exitDecision,
    String exitReason,
    Instant decidedAt,
    List<Vote> votes) {

  public record Vote(String voter, String vote, String reason, Instant votedAt) {}
}
