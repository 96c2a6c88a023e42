package dev.pathway.catalogue;

import java.util.List;
import java.util.Map;

/** A process area of Table B.1 with its key characteristics per phase (Table 2). */
public record Area(
    String id, String name, Map<Integer, List<String>> keyCharacteristics, List<Row> rows) {

  public Area {
    keyCharacteristics = Map.copyOf(keyCharacteristics);
    rows = List.copyOf(rows);
  }

  public List<String> keyCharacteristicsOf(int phase) {
    return keyCharacteristics.getOrDefault(phase, List.of());
  }

  public List<Activity> activities() {
    return rows.stream()
        .filter(row -> !row.isHeading())
        .map(row -> new Activity(this, parentOf(row), row))
        .toList();
  }

  private Row parentOf(Row row) {
    if (row.parent() == null) {
      return null;
    }
    return rows.stream()
        .filter(candidate -> candidate.id().equals(row.parent()))
        .findFirst()
        .orElseThrow();
  }
}
