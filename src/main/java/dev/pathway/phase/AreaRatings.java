package dev.pathway.phase;

import dev.pathway.catalogue.Area;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.process.Actors;
import dev.pathway.process.ProcessVariable;
import dev.pathway.process.ValueSet;
import dev.pathway.programme.CurrentState;
import dev.pathway.programme.ProgrammeModel;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The achievement analysis re-rates every process area as the gap analysis did (current state and a
 * note), kept per phase beside the gap analysis's state ({@code pw_area_rating}, phase 0 = the gap
 * analysis): each area's path from the gap analysis to Phase 3.
 */
@Component("areaRerating")
public class AreaRatings {

  /** Items {area, earlier, currentState, note}, one per process area, prefilled. */
  public static final ProcessVariable<List<Map<String, String>>> AREA_RATINGS =
      ProcessVariable.options("areaRatings");

  static final String AREA = "area";
  static final String EARLIER = "earlier";
  static final String STATE = "currentState";
  static final String NOTE = "note";
  static final String FORM = "achievement-analysis";

  private static final int GAP_ANALYSIS = 0;

  private final Catalogue catalogue;
  private final JdbcTemplate jdbc;

  AreaRatings(Catalogue catalogue, JdbcTemplate jdbc) {
    this.catalogue = catalogue;
    this.jdbc = jdbc;
  }

  /** One area's state at one step of its path. */
  public record Rating(int phase, String state, String note, String ratedBy, Instant ratedAt) {

    /** "Gap analysis" or "Phase 2". */
    public String step() {
      return phase == GAP_ANALYSIS ? "Gap analysis" : "Phase " + phase;
    }
  }

  /**
   * {@code ${areaRerating.present(task)}}: every area prefilled with its latest state, and what was
   * found before.
   */
  public void present(DelegateTask task) {
    String implementationId = ProgrammeModel.IMPLEMENTATION_ID.get(task);
    keepGapAnalysis(implementationId, ProgrammeModel.CURRENT_STATES.getOrDefault(task, Map.of()));
    int phase = PhaseModel.PHASE.get(task);
    Map<String, List<Rating>> paths = paths(implementationId);
    List<Map<String, String>> items = new ArrayList<>();
    for (Area area : catalogue.areas()) {
      List<Rating> earlier =
          paths.getOrDefault(area.id(), List.of()).stream().filter(r -> r.phase() < phase).toList();
      Map<String, String> item = new LinkedHashMap<>();
      item.put(AREA, area.id());
      item.put(
          EARLIER,
          earlier.isEmpty()
              ? "not rated yet"
              : earlier.stream()
                  .map(rating -> rating.step() + ": " + label(rating.state()))
                  .collect(Collectors.joining(" → ")));
      item.put(
          STATE,
          earlier.isEmpty() ? CurrentState.NONE.value() : earlier.get(earlier.size() - 1).state());
      item.put(NOTE, "");
      items.add(item);
    }
    AREA_RATINGS.setLocal(task, items);
  }

  /**
   * {@code ${areaRerating.record(task)}}: the phase's rating of each area, replacing an earlier one
   * of the same phase.
   */
  public void record(DelegateTask task) {
    String implementationId = ProgrammeModel.IMPLEMENTATION_ID.get(task);
    int phase = PhaseModel.PHASE.get(task);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    String by = Actors.completedBy(task);
    // a completion writes the submitted ratings to the execution; the task keeps the prefilled ones
    List<Map<String, String>> rated =
        AREA_RATINGS.isSetIn(task.getExecution())
            ? AREA_RATINGS.get(task.getExecution())
            : AREA_RATINGS.get(task);
    for (Map<String, String> item : rated) {
      jdbc.update(
          "DELETE FROM pw_area_rating WHERE implementation_id = ? AND phase = ? AND area_id = ?",
          implementationId,
          phase,
          item.get(AREA));
      insert(
          implementationId,
          phase,
          item.get(AREA),
          item.get(STATE),
          blankToNull(item.get(NOTE)),
          by,
          now);
    }
  }

  /** Each area's path, in catalogue order: gap analysis, then each phase rated so far. */
  public Map<String, List<Rating>> paths(String implementationId) {
    Map<String, List<Rating>> paths = new LinkedHashMap<>();
    catalogue.areas().forEach(area -> paths.put(area.id(), new ArrayList<>()));
    jdbc.query(
        "SELECT area_id, phase, current_state, note, rated_by, rated_at FROM pw_area_rating "
            + "WHERE implementation_id = ? ORDER BY phase",
        rs -> {
          paths
              .computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
              .add(
                  new Rating(
                      rs.getInt(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getTimestamp(6).toInstant()));
        },
        implementationId);
    return paths;
  }

  private void keepGapAnalysis(String implementationId, Map<String, String> states) {
    Integer kept =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM pw_area_rating WHERE implementation_id = ? AND phase = ?",
            Integer.class,
            implementationId,
            GAP_ANALYSIS);
    if (kept != null && kept > 0) {
      return;
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    states.forEach(
        (area, state) -> insert(implementationId, GAP_ANALYSIS, area, state, null, null, now));
  }

  private void insert(
      String implementationId,
      int phase,
      String area,
      String state,
      String note,
      String by,
      Instant at) {
    jdbc.update(
        "INSERT INTO pw_area_rating (implementation_id, phase, area_id, current_state, note, rated_by, rated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)",
        implementationId,
        phase,
        area,
        state,
        note,
        by,
        Timestamp.from(at));
  }

  private static String label(String state) {
    return ValueSet.of(CurrentState.class, state).label().toLowerCase();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
