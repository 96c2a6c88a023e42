package dev.pathway.history;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * History level {@code pathway}: everything {@code full} keeps (process, activity and task
 * instances, the latest value of every variable, the user operation log, incidents, decisions,
 * jobs, identity links) except the details of each variable update and form property: at 1,000
 * implementations those were the largest table, and Pathway keeps what a person recorded in its own
 * records ({@code pw_activity_record}, {@code pw_gate_vote}) anyway.
 */
public final class PathwayHistoryLevel implements HistoryLevel {

  public static final String NAME = "pathway";

  /** Beside the engine's own 0 (none), 1 (activity), 2 (audit), 3 (full) and -1 (auto). */
  static final int ID = 25;

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    return eventType != HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
        && eventType != HistoryEventTypes.FORM_PROPERTY_UPDATE;
  }
}
