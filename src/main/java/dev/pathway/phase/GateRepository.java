package dev.pathway.phase;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** Phase exit decisions with the inputs that decided them, and the board's votes on them. */
@Repository
public class GateRepository {

  private static final String UNFINISHED = "unfinished";
  private static final String UNMET = "unmet-characteristic";

  private final JdbcTemplate jdbc;

  GateRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The gate as decided by the table, with the items the board sees, before any vote. */
  void saveDecision(String implementationId, GateRecord gate) {
    GateRecord.Inputs inputs = gate.inputs();
    jdbc.update(
        "INSERT INTO pw_gate_decision (gate_id, implementation_id, phase, round, activity_count, "
            + "unfinished_count, unfinished_share, characteristics_unmet, characteristics_unmet_share, exit_decision, "
            + "exit_reason, decided_at, rule_id, rule_description, table_version, audit_conclusion, "
            + "open_nonconformities, analysis_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        gate.gateId(),
        implementationId,
        gate.phase(),
        gate.round(),
        inputs.activityCount(),
        inputs.unfinishedCount(),
        inputs.unfinishedShare(),
        inputs.characteristicsUnmet(),
        inputs.characteristicsUnmetShare(),
        gate.outcome(),
        gate.reason(),
        Timestamp.from(gate.decidedAt()),
        gate.rule().id(),
        gate.rule().description(),
        gate.decisionTableVersion(),
        inputs.auditConclusion(),
        inputs.openNonconformities(),
        gate.analysisBy());
    List<Object[]> items = new ArrayList<>();
    addItems(
        items,
        gate.gateId(),
        inputs.unfinishedActivities(),
        item ->
            new Object[] {UNFINISHED, item.activityId(), item.name(), item.area(), item.status()});
    addItems(
        items,
        gate.gateId(),
        inputs.unmetCharacteristics(),
        name -> new Object[] {UNMET, "-", name, null, null});
    addItems(
        items,
        gate.gateId(),
        inputs.carriedItems(),
        item ->
            new Object[] {
              item.carried(), item.activityId(), item.name(), item.area(), item.status()
            });
    jdbc.batchUpdate(
        "INSERT INTO pw_gate_item (gate_id, kind, seq, item_id, name, area, status) VALUES (?, ?, ?, ?, ?, ?, ?)",
        items);
  }

  /** Rows of pw_gate_item: gate, kind, position, then the item's id, name, area and status. */
  private static <T> void addItems(
      List<Object[]> rows, String gateId, List<T> items, Function<T, Object[]> columns) {
    for (int i = 0; i < items.size(); i++) {
      Object[] item = columns.apply(items.get(i));
      rows.add(new Object[] {gateId, item[0], i, item[1], item[2], item[3], item[4]});
    }
  }

  static BigDecimal share(double share) {
    return BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_UP);
  }

  /** The board's outcome instead of the table's; a gate is overridden once. */
  void saveOverride(String gateId, GateRecord.Override override) {
    jdbc.update(
        "UPDATE pw_gate_decision SET override_outcome = ?, override_reason = ?, override_by = ?, override_at = ? "
            + "WHERE gate_id = ? AND override_outcome IS NULL",
        override.outcome(),
        override.reason(),
        override.by(),
        Timestamp.from(override.at()),
        gateId);
  }

  /** The gate's record, if there is one. */
  public Optional<GateRecord> record(String gateId) {
    return records("WHERE gate_id = ?", gateId).stream().findFirst();
  }

  /** Every gate record of an implementation, oldest first. */
  public List<GateRecord> records(String implementationId) {
    return records("WHERE implementation_id = ?", implementationId);
  }

  private List<GateRecord> records(String where, String id) {
    return jdbc.query(
        "SELECT gate_id, phase, round, activity_count, unfinished_count, unfinished_share, "
            + "characteristics_unmet, characteristics_unmet_share, exit_decision, exit_reason, decided_at, "
            + "rule_id, rule_description, table_version, audit_conclusion, open_nonconformities, analysis_by, "
            + "override_outcome, override_reason, override_by, override_at FROM pw_gate_decision "
            + where
            + " ORDER BY decided_at, gate_id",
        (rs, n) -> {
          String gateId = rs.getString("gate_id");
          Map<String, List<Object[]>> items = items(gateId);
          Timestamp overrideAt = rs.getTimestamp("override_at");
          return new GateRecord(
              gateId,
              rs.getInt("phase"),
              rs.getInt("round"),
              rs.getTimestamp("decided_at").toInstant(),
              new GateRecord.Inputs(
                  rs.getInt("activity_count"),
                  rs.getInt("unfinished_count"),
                  rs.getBigDecimal("unfinished_share"),
                  rs.getInt("characteristics_unmet"),
                  rs.getBigDecimal("characteristics_unmet_share"),
                  items.getOrDefault(UNMET, List.of()).stream()
                      .map(item -> (String) item[1])
                      .toList(),
                  items.getOrDefault(UNFINISHED, List.of()).stream()
                      .map(
                          item ->
                              new GateRecord.ActivityItem(
                                  (String) item[0],
                                  (String) item[1],
                                  (String) item[2],
                                  (String) item[3]))
                      .toList(),
                  java.util.stream.Stream.of(GatePack.CARRIED_IN, GatePack.DEFERRED)
                      .flatMap(
                          kind ->
                              items.getOrDefault(kind, List.of()).stream()
                                  .map(
                                      item ->
                                          new GateRecord.CarriedItem(
                                              (String) item[0],
                                              (String) item[1],
                                              (String) item[2],
                                              kind,
                                              (String) item[3])))
                      .toList(),
                  rs.getString("audit_conclusion"),
                  (Integer) rs.getObject("open_nonconformities", Integer.class)),
              new GateRecord.Rule(rs.getString("rule_id"), rs.getString("rule_description")),
              rs.getObject("table_version", Integer.class),
              rs.getString("exit_decision"),
              rs.getString("exit_reason"),
              overrideAt == null
                  ? null
                  : new GateRecord.Override(
                      rs.getString("override_outcome"),
                      rs.getString("override_reason"),
                      rs.getString("override_by"),
                      overrideAt.toInstant()),
              rs.getString("analysis_by"),
              votes(gateId));
        },
        id);
  }

  /** Kind → items in order, each {item id, name, area, status}. */
  private Map<String, List<Object[]>> items(String gateId) {
    Map<String, List<Object[]>> byKind = new LinkedHashMap<>();
    jdbc.query(
        "SELECT kind, item_id, name, area, status FROM pw_gate_item WHERE gate_id = ? ORDER BY kind, seq",
        (RowCallbackHandler)
            rs ->
                byKind
                    .computeIfAbsent(rs.getString(1), kind -> new ArrayList<>())
                    .add(
                        new Object[] {
                          rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)
                        }),
        gateId);
    return byKind;
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

  /** Who completed the achievement analysis behind the gate, null when not known. */
  String analysisAuthor(String gateId) {
    return jdbc
        .query(
            "SELECT analysis_by FROM pw_gate_decision WHERE gate_id = ?",
            (rs, n) -> rs.getString(1),
            gateId)
        .stream()
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
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
