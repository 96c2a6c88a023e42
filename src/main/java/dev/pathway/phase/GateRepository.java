package dev.pathway.phase;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Phase exit decisions with the inputs that decided them, and the board's votes on them. */
@Repository
public class GateRepository {

  private final JdbcTemplate jdbc;

  GateRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void saveDecision(
      String gateId,
      String implementationId,
      int phase,
      int round,
      ExitInputs inputs,
      String decision,
      String reason,
      Instant decidedAt) {
    jdbc.update(
        "INSERT INTO pw_gate_decision (gate_id, implementation_id, phase, round, activity_count, "
            + "unfinished_count, unfinished_share, characteristics_unmet, characteristics_unmet_share, exit_decision, "
            + "exit_reason, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        gateId,
        implementationId,
        phase,
        round,
        inputs.activityCount(),
        inputs.unfinishedCount(),
        share(inputs.unfinishedShare()),
        inputs.characteristicsUnmet(),
        share(inputs.characteristicsUnmetShare()),
        decision,
        reason,
        Timestamp.from(decidedAt));
  }

  private static BigDecimal share(double share) {
    return BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_UP);
  }

  /**
   * A vote on the same task, or a second one of the same member, written at the same moment by
   * another completion: a conflict, tried again by the completion's retry.
   */
  void saveVote(
      String taskId, String gateId, String voter, String vote, String reason, Instant votedAt) {
    try {
      jdbc.update(
          "INSERT INTO pw_gate_vote (task_id, gate_id, voter, vote, reason, voted_at) VALUES (?, ?, ?, ?, ?, ?)",
          taskId,
          gateId,
          voter,
          vote,
          reason,
          Timestamp.from(votedAt));
    } catch (DuplicateKeyException votedAtTheSameTime) {
      throw new OptimisticLockingException(
          "A vote of " + voter + " on gate " + gateId + " was recorded at the same time");
    }
  }

  boolean hasVoted(String gateId, String voter) {
    Integer votes =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM pw_gate_vote WHERE gate_id = ? AND voter = ?",
            Integer.class,
            gateId,
            voter);
    return votes != null && votes > 0;
  }

  /** Every gate decision of an implementation with its inputs and votes, oldest first. */
  public List<GateDecision> decisions(String implementationId) {
    return jdbc.query(
        "SELECT gate_id, phase, round, activity_count, unfinished_count, unfinished_share, "
            + "characteristics_unmet, characteristics_unmet_share, exit_decision, exit_reason, decided_at "
            + "FROM pw_gate_decision WHERE implementation_id = ? ORDER BY decided_at",
        (rs, n) ->
            new GateDecision(
                rs.getString(1),
                rs.getInt(2),
                rs.getInt(3),
                rs.getInt(4),
                rs.getInt(5),
                rs.getBigDecimal(6),
                rs.getInt(7),
                rs.getBigDecimal(8),
                rs.getString(9),
                rs.getString(10),
                rs.getTimestamp(11).toInstant(),
                votes(rs.getString(1))),
        implementationId);
  }

  private List<GateDecision.Vote> votes(String gateId) {
    return jdbc.query(
        "SELECT voter, vote, reason, voted_at FROM pw_gate_vote WHERE gate_id = ? ORDER BY voted_at",
        (rs, n) ->
            new GateDecision.Vote(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
        gateId);
  }
}
