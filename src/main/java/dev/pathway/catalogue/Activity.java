package dev.pathway.catalogue;

import java.util.List;

/**
 * An activity of Table B.1: a row with at least one phase mark, seen with its area and parent row.
 */
public record Activity(Area area, Row parent, Row row) {

  public String id() {
    return row.id();
  }

  /** The label as printed, with the parent's for a sub-item: "b) 3)". */
  public String label() {
    return parent == null ? row.label() : parent.label() + " " + row.label();
  }

  /**
   * "Incident management (including request fulfilment) a)": area and label, as a task name begins.
   */
  public String reference() {
    return area.name() + " " + label();
  }

  /** The full text: for a sub-item, the parent's text followed by its own. */
  public String text() {
    return parent == null ? row.text() : parent.text() + " " + row.text();
  }

  public List<Integer> phases() {
    return row.phases();
  }

  public List<String> roles() {
    return row.roles();
  }

  public boolean isMarkedFor(int phase) {
    return row.phases().contains(phase);
  }
}
