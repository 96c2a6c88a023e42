package dev.pathway.monitoring;

import dev.pathway.phase.PhaseModel;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.scope.ScopeExtensionModel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where each implementation stands, for many at once: the implementations the user may read (one
 * engine query, with the engine's authorization checks), then three aggregating queries whatever
 * their number: the start form's values, the current phase's plan and records, and when the current
 * phase started. Never a query per implementation.
 */
@Component
class ImplementationSummaries {

  private static final String[] KEYS = {ProgrammeModel.KEY, ScopeExtensionModel.KEY};

  /** The current phase of each implementation and its activities, from Pathway's own tables. */
  private static final String PROGRESS =
      """
      WITH cur AS (
        SELECT implementation_id, MAX(phase) AS phase FROM pw_phase_plan %1$s GROUP BY implementation_id),
      planned AS (
        SELECT p.implementation_id, p.phase, p.activity_id, MAX(p.round) AS last_round
        FROM pw_phase_plan p JOIN cur c ON c.implementation_id = p.implementation_id AND c.phase = p.phase
        GROUP BY p.implementation_id, p.phase, p.activity_id),
      latest AS (
        SELECT r.implementation_id, r.activity_id, r.round, r.outcome, r.na_decision,
          ROW_NUMBER() OVER (PARTITION BY r.implementation_id, r.activity_id
                             ORDER BY r.round DESC, r.completed_at DESC) AS n
        FROM pw_activity_record r JOIN cur c ON c.implementation_id = r.implementation_id AND c.phase = r.phase),
      gates AS (
        SELECT implementation_id, phase, MAX(round) AS round FROM pw_gate_decision %1$s
        GROUP BY implementation_id, phase)
      SELECT pl.implementation_id, pl.phase, MAX(pl.last_round) AS round, COUNT(*) AS planned,
        SUM(CASE WHEN l.outcome = 'achieved' THEN 1 ELSE 0 END) AS achieved,
        SUM(CASE WHEN l.outcome = 'not-applicable' AND l.na_decision = 'approved' THEN 1 ELSE 0 END)
          AS not_applicable,
        SUM(CASE WHEN l.round IS NULL OR l.round < pl.last_round
                   OR (l.outcome = 'not-applicable' AND l.na_decision <> 'approved') THEN 1 ELSE 0 END)
          AS open,
        MAX(g.round) AS gate_round
      FROM planned pl
      LEFT JOIN latest l ON l.implementation_id = pl.implementation_id AND l.activity_id = pl.activity_id AND l.n = 1
      LEFT JOIN gates g ON g.implementation_id = pl.implementation_id AND g.phase = pl.phase
      GROUP BY pl.implementation_id, pl.phase
      """;

  private final HistoryService history;
  private final JdbcTemplate jdbc;
  private final String prefix;

  ImplementationSummaries(
      HistoryService history, JdbcTemplate jdbc, ProcessEngineConfigurationImpl configuration) {
    this.history = history;
    this.jdbc = jdbc;
    this.prefix =
        configuration.getDatabaseTablePrefix() == null
            ? ""
            : configuration.getDatabaseTablePrefix();
  }

  /** Every implementation the current user may read, newest first. */
  List<ImplementationSummary> all(Instant now) {
    List<HistoricProcessInstance> readable =
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKeyIn(KEYS)
            .orderByProcessInstanceStartTime()
            .desc()
            .list();
    return summaries(readable, null, now);
  }

  /** One implementation, if the current user may read it. */
  Optional<ImplementationSummary> one(String implementationId, Instant now) {
    List<HistoricProcessInstance> readable =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceId(implementationId)
            .processDefinitionKeyIn(KEYS)
            .list();
    return summaries(readable, implementationId, now).stream().findFirst();
  }

  private List<ImplementationSummary> summaries(
      List<HistoricProcessInstance> readable, String only, Instant now) {
    if (readable.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, String>> variables = variables(only);
    Map<String, PhaseProgress> progress = progress(only);
    Map<String, Instant> phaseStarts = phaseStarts(only);
    return readable.stream()
        .map(
            instance ->
                summary(
                    instance,
                    variables.getOrDefault(instance.getId(), Map.of()),
                    progress.get(instance.getId()),
                    phaseStarts.get(instance.getId()),
                    now))
        .toList();
  }

  private ImplementationSummary summary(
      HistoricProcessInstance instance,
      Map<String, String> variables,
      PhaseProgress progress,
      Instant phaseStart,
      Instant now) {
    boolean ended = instance.getEndTime() != null;
    Integer phase = progress == null ? null : progress.phase();
    LocalDate targetEnd = phase == null ? null : date(variables.get(targetEndOf(phase)));
    boolean overdue = !ended && targetEnd != null && now.isAfter(Forecast.startOf(targetEnd));
    int open = progress == null || ended ? 0 : progress.open();
    return new ImplementationSummary(
        instance.getId(),
        instance.getBusinessKey(),
        ProgrammeModel.KEY.equals(instance.getProcessDefinitionKey())
            ? "programme"
            : "scope-extension",
        variables.get(ProgrammeModel.SERVICE_PROVIDER.name()),
        stage(instance, progress),
        phase,
        progress == null ? null : progress.round(),
        progress == null ? 0 : progress.planned(),
        progress == null ? 0 : progress.achieved(),
        progress == null ? 0 : progress.notApplicable(),
        open,
        overdue ? open : 0,
        ended || phase == null
            ? null
            : new ImplementationSummary.NextGate(phase, progress.atGate()),
        targetEnd,
        ended || progress == null
            ? null
            : Forecast.of(progress.planned(), open, phaseStart, targetEnd, now),
        instance.getStartTime() == null ? null : instance.getStartTime().toInstant());
  }

  private static String stage(HistoricProcessInstance instance, PhaseProgress progress) {
    if (instance.getEndTime() != null) {
      return HistoricProcessInstance.STATE_COMPLETED.equals(instance.getState())
          ? "implemented"
          : "ended";
    }
    if (progress == null) {
      return "start-up";
    }
    return progress.atGate() ? "at-gate" : "phase";
  }

  private static String targetEndOf(int phase) {
    return "targetEndPhase" + phase;
  }

  /** The start form's values on the implementation's own instance: provider and target ends. */
  private Map<String, Map<String, String>> variables(String only) {
    List<String> names =
        List.of(
            ProgrammeModel.SERVICE_PROVIDER.name(),
            ProgrammeModel.TARGET_END_PHASE_1.name(),
            ProgrammeModel.TARGET_END_PHASE_2.name(),
            ProgrammeModel.TARGET_END_PHASE_3.name());
    String sql =
        "SELECT PROC_INST_ID_, NAME_, TEXT_ FROM "
            + prefix
            + "ACT_HI_VARINST WHERE NAME_ IN ("
            + names.stream().map(name -> "?").collect(Collectors.joining(", "))
            + ") AND PROC_INST_ID_ = ROOT_PROC_INST_ID_"
            + (only == null ? "" : " AND PROC_INST_ID_ = ?");
    Object[] arguments = only == null ? names.toArray() : append(names, only);
    Map<String, Map<String, String>> variables = new HashMap<>();
    jdbc.query(
        sql,
        (ResultSet rs) -> {
          if (rs.getString(3) != null) {
            variables
                .computeIfAbsent(rs.getString(1), id -> new HashMap<>())
                .put(rs.getString(2), rs.getString(3));
          }
        },
        arguments);
    return variables;
  }

  private Map<String, PhaseProgress> progress(String only) {
    String filter = only == null ? "" : "WHERE implementation_id = ?";
    Object[] arguments = only == null ? new Object[0] : new Object[] {only, only};
    return jdbc
        .query(PROGRESS.formatted(filter), ImplementationSummaries::progressRow, arguments)
        .stream()
        .collect(Collectors.toMap(PhaseProgress::implementationId, Function.identity()));
  }

  private static PhaseProgress progressRow(ResultSet rs, int row) throws SQLException {
    int round = rs.getInt("round");
    Object gateRound = rs.getObject("gate_round");
    return new PhaseProgress(
        rs.getString("implementation_id"),
        rs.getInt("phase"),
        round,
        rs.getInt("planned"),
        rs.getInt("achieved"),
        rs.getInt("not_applicable"),
        rs.getInt("open"),
        gateRound != null && ((Number) gateRound).intValue() >= round);
  }

  /** When the implementation's latest phase instance started: the current phase's start. */
  private Map<String, Instant> phaseStarts(String only) {
    String sql =
        "SELECT ROOT_PROC_INST_ID_, MAX(START_TIME_) FROM "
            + prefix
            + "ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ?"
            + (only == null ? "" : " AND ROOT_PROC_INST_ID_ = ?")
            + " GROUP BY ROOT_PROC_INST_ID_";
    Object[] arguments =
        only == null ? new Object[] {PhaseModel.KEY} : new Object[] {PhaseModel.KEY, only};
    Map<String, Instant> starts = new HashMap<>();
    jdbc.query(
        sql,
        (ResultSet rs) -> {
          Timestamp start = rs.getTimestamp(2);
          if (start != null) {
            starts.put(rs.getString(1), start.toInstant());
          }
        },
        arguments);
    return starts;
  }

  private static Object[] append(Collection<String> values, String last) {
    Object[] arguments = values.toArray(new Object[values.size() + 1]);
    arguments[values.size()] = last;
    return arguments;
  }

  static LocalDate date(String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private record PhaseProgress(
      String implementationId,
      int phase,
      int round,
      int planned,
      int achieved,
      int notApplicable,
      int open,
      boolean atGate) {}
}
