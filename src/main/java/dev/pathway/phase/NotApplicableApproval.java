package dev.pathway.phase;

import java.time.Instant;

/**
 * The implementation board's decision on an activity recorded as not applicable: pending until a
 * member decides; who, when and, for a refusal, why.
 */
public record NotApplicableApproval(
    NotApplicableDecision decision, String decidedBy, Instant decidedAt, String reason) {

  static final NotApplicableApproval PENDING =
      new NotApplicableApproval(NotApplicableDecision.PENDING, null, null, null);

  /** A new record's: "not applicable" waits for the implementation board; others have none. */
  public static NotApplicableApproval whenRecorded(Outcome outcome) {
    return outcome == Outcome.NOT_APPLICABLE ? PENDING : null;
  }

  public boolean approved() {
    return decision == NotApplicableDecision.APPROVED;
  }
}
