package dev.pathway.reminders;

import java.time.temporal.TemporalAmount;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Time limits per kind of task, as ISO-8601 durations ({@code pathway.due-dates.*}), and how long
 * before its due date a task is followed up. Checked at start-up: a value that is not a duration
 * stops start-up with a message naming the property.
 */
@ConfigurationProperties("pathway.due-dates")
public class DueDateProperties {

  private static final String PREFIX = "pathway.due-dates.";

  private final Map<TaskKind, String> limits = new EnumMap<>(TaskKind.class);
  private final Map<TaskKind, TemporalAmount> amounts = new EnumMap<>(TaskKind.class);
  private final TemporalAmount followUpBefore;

  public DueDateProperties(
      @DefaultValue("P5D") String approval,
      @DefaultValue("P7D") String gateVote,
      @DefaultValue("P10D") String analysis,
      @DefaultValue("P10D") String review,
      @DefaultValue("P3D") String escalation,
      @DefaultValue("P14D") String task,
      @DefaultValue("P2D") String followUpBefore) {
    put(TaskKind.APPROVAL, approval);
    put(TaskKind.GATE_VOTE, gateVote);
    put(TaskKind.ANALYSIS, analysis);
    put(TaskKind.REVIEW, review);
    put(TaskKind.ESCALATION, escalation);
    put(TaskKind.TASK, task);
    this.followUpBefore = IsoDurations.parse(PREFIX + "follow-up-before", followUpBefore);
  }

  private void put(TaskKind kind, String value) {
    amounts.put(kind, IsoDurations.parse(PREFIX + kind.property(), value));
    limits.put(kind, value.strip());
  }

  /** The time a task of this kind gets. */
  public TemporalAmount limit(TaskKind kind) {
    return amounts.get(kind);
  }

  /** As written in the configuration (the models' escalation timers read it). */
  public String limitText(TaskKind kind) {
    return limits.get(kind);
  }

  public TemporalAmount followUpBefore() {
    return followUpBefore;
  }
}
