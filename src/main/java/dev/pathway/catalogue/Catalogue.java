package dev.pathway.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * ISO/IEC TR 20000-5 as data: Table A.1, the Annex B entry conditions, Table B.1, Table 1 and Table
 * 2. Immutable; built by {@link CatalogueLoader} once the file passed its checks.
 */
public final class Catalogue {

  public static final int PHASE_COUNT = 3;

  private final String standard;
  private final List<Role> roles;
  private final List<Phase> phases;
  private final List<StartUpItem> startUp;
  private final List<EntryCondition> phaseEntryConditions;
  private final List<Clause> clauses;
  private final List<Area> areas;
  private final List<Activity> activities;
  private final Map<String, Activity> activitiesById;
  private final Map<String, Area> areasById;
  private final Map<String, Role> rolesById;

  Catalogue(
      String standard,
      List<Role> roles,
      List<Phase> phases,
      List<StartUpItem> startUp,
      List<EntryCondition> phaseEntryConditions,
      List<Clause> clauses,
      List<Area> areas) {
    this.standard = standard;
    this.roles = List.copyOf(roles);
    this.phases = List.copyOf(phases);
    this.startUp = List.copyOf(startUp);
    this.phaseEntryConditions = List.copyOf(phaseEntryConditions);
    this.clauses = List.copyOf(clauses);
    this.areas = List.copyOf(areas);
    this.activities = this.areas.stream().flatMap(area -> area.activities().stream()).toList();
    this.activitiesById = indexBy(activities, Activity::id);
    this.areasById = indexBy(this.areas, Area::id);
    this.rolesById = indexBy(this.roles, Role::id);
  }

  private static <T> Map<String, T> indexBy(List<T> items, Function<T, String> key) {
    return items.stream()
        .collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  public String standard() {
    return standard;
  }

  public List<Role> roles() {
    return roles;
  }

  public List<Phase> phases() {
    return phases;
  }

  public List<StartUpItem> startUp() {
    return startUp;
  }

  public List<EntryCondition> phaseEntryConditions() {
    return phaseEntryConditions;
  }

  public List<Clause> clauses() {
    return clauses;
  }

  public Clause clause(String id) {
    return clauses.stream()
        .filter(clause -> clause.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("No clause '" + id + "' in the catalogue"));
  }

  public List<Area> areas() {
    return areas;
  }

  /** Every activity of Table B.1 (a row with at least one phase mark), in table order. */
  public List<Activity> activities() {
    return activities;
  }

  /** The activities that Table B.1 marks for the given phase, in table order. */
  public List<Activity> activitiesOf(int phase) {
    return activities.stream().filter(activity -> activity.isMarkedFor(phase)).toList();
  }

  public boolean hasActivity(String activityId) {
    return activitiesById.containsKey(activityId);
  }

  public Activity activity(String activityId) {
    return find(activitiesById, activityId, "activity", "Table B.1");
  }

  public Area area(String areaId) {
    return find(areasById, areaId, "process area", "Table B.1");
  }

  /** Any row of Table B.1, heading rows included. */
  public Row row(String rowId) {
    return areas.stream()
        .flatMap(area -> area.rows().stream())
        .filter(row -> row.id().equals(rowId))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("No row '" + rowId + "' in Table B.1"));
  }

  public Role role(String roleId) {
    return find(rolesById, roleId, "responsibility role", "Table B.1");
  }

  public Phase phase(int number) {
    return phases.stream()
        .filter(phase -> phase.number() == number)
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("No phase " + number + " in Table 1"));
  }

  public StartUpItem startUpItem(String label) {
    return startUp.stream()
        .filter(item -> item.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("No item '" + label + "' in Table A.1"));
  }

  private static <T> T find(Map<String, T> index, String id, String what, String where) {
    T found = index.get(id);
    if (found == null) {
      throw new NoSuchElementException("No " + what + " '" + id + "' in " + where);
    }
    return found;
  }
}
