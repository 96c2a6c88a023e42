package dev.pathway.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads the catalogue file and refuses it, naming the row, when it is not a faithful shape of the
 * standard.
 */
public final class CatalogueLoader {

  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final List<String> START_UP_LABELS =
      List.of("a)", "b)", "c)", "d)", "e)", "f)", "g)", "h)");
  private static final List<String> REQUIRED_CLAUSES = List.of("5.5", "8.1", "8.2", "8.3");
  private static final List<String> ENTRY_CONDITION_LABELS = List.of("a)", "b)", "c)", "d)", "e)");

  private CatalogueLoader() {}

  public static Catalogue load(InputStream yaml, String source) {
    CatalogueFile file;
    try {
      file = YAML.readValue(yaml, CatalogueFile.class);
    } catch (IOException e) {
      throw new CatalogueException("Catalogue " + source + " cannot be read: " + e.getMessage(), e);
    }
    new Checks(file, source).run();
    return new Catalogue(
        file.standard(),
        file.roles(),
        file.phases(),
        file.startUp(),
        file.phaseEntryConditions(),
        file.clauses(),
        file.areas());
  }

  private record Checks(CatalogueFile file, String source) {

    void run() {
      require(file.standard() != null && !file.standard().isBlank(), "names no standard");
      require(file.roles() != null && !file.roles().isEmpty(), "lists no responsibility roles");
      require(
          file.areas() != null && !file.areas().isEmpty(), "lists no process areas (Table B.1)");
      checkPhases();
      checkStartUp();
      require(
          labels(file.phaseEntryConditions(), EntryCondition::label).equals(ENTRY_CONDITION_LABELS),
          "must list the Annex B entry conditions a) to e)");
      require(
          file.clauses() != null
              && labels(file.clauses(), Clause::id).containsAll(REQUIRED_CLAUSES),
          "must quote the clauses " + REQUIRED_CLAUSES);
      Set<String> roleIds = file.roles().stream().map(Role::id).collect(Collectors.toSet());
      Set<String> rowIds = new HashSet<>();
      Set<String> areaIds = new HashSet<>();
      for (Area area : file.areas()) {
        require(areaIds.add(area.id()), "has process area '" + area.id() + "' twice");
        checkArea(area, roleIds, rowIds);
      }
    }

    private void checkPhases() {
      require(
          file.phases() != null
              && file.phases().stream()
                  .map(Phase::number)
                  .toList()
                  .equals(IntStream.rangeClosed(1, Catalogue.PHASE_COUNT).boxed().toList()),
          "must list phases 1, 2 and 3");
      for (Phase phase : file.phases()) {
        require(
            phase.objectives() != null && !phase.objectives().isEmpty(),
            "phase " + phase.number() + " has no objectives (Table 1)");
        require(
            phase.keyCharacteristic() != null,
            "phase " + phase.number() + " has no key characteristic (Table 2)");
      }
    }

    private void checkStartUp() {
      require(
          file.startUp() != null
              && labels(file.startUp(), StartUpItem::label).equals(START_UP_LABELS),
          "must list the Table A.1 items a) to h)");
      Set<String> roleIds = file.roles().stream().map(Role::id).collect(Collectors.toSet());
      for (StartUpItem item : file.startUp()) {
        require(
            roleIds.contains(item.role()),
            "Table A.1 item " + item.label() + " names unknown role '" + item.role() + "'");
      }
    }

    private void checkArea(Area area, Set<String> roleIds, Set<String> rowIds) {
      require(
          area.rows() != null && !area.rows().isEmpty(),
          "process area '" + area.id() + "' has no rows");
      for (int phase = 1; phase <= Catalogue.PHASE_COUNT; phase++) {
        require(
            area.keyCharacteristics() != null && area.keyCharacteristics().containsKey(phase),
            "process area '" + area.id() + "' has no Table 2 entry for phase " + phase);
      }
      Set<String> rowsOfArea = new HashSet<>();
      for (Row row : area.rows()) {
        String where = "row '" + row.id() + "'";
        require(
            row.id() != null && row.id().startsWith(area.id() + "."),
            "row '"
                + row.id()
                + "' of process area '"
                + area.id()
                + "' must have an id starting with '"
                + area.id()
                + ".'");
        require(rowIds.add(row.id()), where + " appears twice");
        require(
            row.label() != null && row.label().matches("[a-z]\\)|\\d+\\)"),
            where + " has label '" + row.label() + "'; expected a) or 1)");
        require(row.text() != null && !row.text().isBlank(), where + " has no text");
        require(!row.roles().isEmpty(), where + " has no responsibility role");
        row.roles()
            .forEach(
                role ->
                    require(roleIds.contains(role), where + " names unknown role '" + role + "'"));
        row.phases()
            .forEach(
                phase ->
                    require(
                        phase >= 1 && phase <= Catalogue.PHASE_COUNT,
                        where + " is marked for phase " + phase + "; phases are 1 to 3"));
        if (row.parent() != null) {
          require(
              rowsOfArea.contains(row.parent()),
              where
                  + " names parent '"
                  + row.parent()
                  + "' that is not a row above it in the same area");
        }
        rowsOfArea.add(row.id());
      }
      for (Row row : area.rows()) {
        if (row.isHeading()) {
          require(
              area.rows().stream().anyMatch(child -> row.id().equals(child.parent())),
              "row '" + row.id() + "' has no phase marks and no sub-items");
        }
      }
    }

    private <T> List<String> labels(List<T> items, java.util.function.Function<T, String> label) {
      return items == null ? List.of() : items.stream().map(label).toList();
    }

    private void require(boolean condition, String problem) {
      if (!condition) {
        throw new CatalogueException("Catalogue " + source + " " + problem);
      }
    }
  }
}
