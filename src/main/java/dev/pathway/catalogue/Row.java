package dev.pathway.catalogue;

import java.util.List;

/**
 * A row of Table B.1 as printed: a lettered item, a numbered sub-item, or a heading row without
 * phase marks. {@code roles} are resolved: an empty responsibility cell carries the roles of the
 * row above.
 */
public record Row(
    String id, String label, String parent, String text, List<Integer> phases, List<String> roles) {

  public Row {
    phases = phases == null ? List.of() : List.copyOf(phases);
    roles = roles == null ? List.of() : List.copyOf(roles);
  }

  public boolean isHeading() {
    return phases.isEmpty();
  }
}
