package dev.pathway.review;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Management reviews with their inputs and minutes, and their decisions and actions. */
@Repository
public class ReviewRepository {

  static final String OPEN = "open";
  static final String DONE = "done";

  private static final String ACTION_COLUMNS =
      "action_id, review_id, decision, owner, due_date, status, outcome, done_at";

  private final JdbcTemplate jdbc;

  ReviewRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A management review as kept: its inputs as gathered, its minutes and its actions. */
  public record Review(
      String reviewId,
      int cycle,
      Instant periodFrom,
      Instant heldAt,
      String heldBy,
      String inputs,
      String minutes,
      boolean smsSuitable,
      List<Action> actions) {}

  /** A decision or action of a management review, with its owner, due date and status. */
  public record Action(
      String actionId,
      String reviewId,
      String decision,
      String owner,
      LocalDate dueDate,
      String status,
      String outcome,
      Instant doneAt) {}

  void save(Review review, String implementationId) {
    jdbc.update(
        "INSERT INTO pw_management_review (review_id, implementation_id, cycle, period_from, held_at, held_by, "
            + "inputs, minutes, sms_suitable) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        review.reviewId(),
        implementationId,
        review.cycle(),
        review.periodFrom() == null ? null : Timestamp.from(review.periodFrom()),
        Timestamp.from(review.heldAt()),
        review.heldBy(),
        review.inputs(),
        review.minutes(),
        review.smsSuitable());
    for (Action action : review.actions()) {
      jdbc.update(
          "INSERT INTO pw_review_action ("
              + ACTION_COLUMNS
              + ", implementation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          action.actionId(),
          review.reviewId(),
          action.decision(),
          action.owner(),
          Date.valueOf(action.dueDate()),
          OPEN,
          null,
          null,
          implementationId);
    }
  }

  void done(String actionId, String outcome, Instant at) {
    jdbc.update(
        "UPDATE pw_review_action SET status = ?, outcome = ?, done_at = ? WHERE action_id = ?",
        DONE,
        outcome,
        Timestamp.from(at),
        actionId);
  }

  /** The reviews of an implementation, oldest first. */
  public List<Review> reviews(String implementationId) {
    return jdbc.query(
        "SELECT review_id, cycle, period_from, held_at, held_by, inputs, minutes, sms_suitable "
            + "FROM pw_management_review WHERE implementation_id = ? ORDER BY held_at",
        (rs, n) -> {
          Timestamp from = rs.getTimestamp(3);
          return new Review(
              rs.getString(1),
              rs.getInt(2),
              from == null ? null : from.toInstant(),
              rs.getTimestamp(4).toInstant(),
              rs.getString(5),
              rs.getString(6),
              rs.getString(7),
              rs.getBoolean(8),
              actionsOf(rs.getString(1)));
        },
        implementationId);
  }

  /** Every decision and action of the implementation's reviews, oldest first. */
  public List<Action> actions(String implementationId) {
    return jdbc.query(
        "SELECT "
            + ACTION_COLUMNS
            + " FROM pw_review_action WHERE implementation_id = ? ORDER BY due_date, action_id",
        ReviewRepository::action,
        implementationId);
  }

  private List<Action> actionsOf(String reviewId) {
    return jdbc.query(
        "SELECT "
            + ACTION_COLUMNS
            + " FROM pw_review_action WHERE review_id = ? ORDER BY due_date, action_id",
        ReviewRepository::action,
        reviewId);
  }

  private static Action action(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    Timestamp done = rs.getTimestamp(8);
    return new Action(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getDate(5).toLocalDate(),
        rs.getString(6),
        rs.getString(7),
        done == null ? null : done.toInstant());
  }

  /** When the latest review of the implementation was held, or null before the first. */
  Instant lastHeld(String implementationId) {
    Timestamp last =
        jdbc.queryForObject(
            "SELECT MAX(held_at) FROM pw_management_review WHERE implementation_id = ?",
            Timestamp.class,
            implementationId);
    return last == null ? null : last.toInstant();
  }

  private static final Map<String, String> TARGETS =
      Map.of(
          "all", "all service level targets met",
          "some", "some targets missed",
          "none", "most targets missed");

  /** What each monitoring cycle found, as recorded when its task was completed, in the period. */
  List<String> monitoringResults(String implementationId, Instant from) {
    return jdbc.query(
        "SELECT cycle, rating, summary FROM pw_improvement_cycle WHERE implementation_id = ?"
            + " AND kind = 'monitoring' AND completed_at IS NOT NULL AND completed_at >= ? ORDER BY cycle",
        (rs, n) ->
            "Cycle "
                + rs.getInt("cycle")
                + ": "
                + TARGETS.getOrDefault(
                    rs.getString("rating"), String.valueOf(rs.getString("rating")))
                + ". "
                + rs.getString("summary"),
        implementationId,
        Timestamp.from(from == null ? Instant.EPOCH : from));
  }
}
