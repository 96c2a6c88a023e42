package dev.pathway.phase;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the implementation board approves a phase gate: {@code approvals-required} distinct board
 * members must approve (four-eyes by default); one rejection sends the phase back to its
 * achievement analysis.
 */
@Validated
@ConfigurationProperties("pathway.governance")
public record GovernanceProperties(@Min(1) Integer approvalsRequired) {

  public GovernanceProperties {
    approvalsRequired = approvalsRequired == null ? 2 : approvalsRequired;
  }
}
