package dev.pathway.phase;

import dev.pathway.catalogue.Activity;
import dev.pathway.catalogue.Area;
import dev.pathway.catalogue.Catalogue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The texts a phase shows to people in its forms: objectives, plans, results and Table 2 checklists
 * (markdown).
 */
@Component
public class PhaseReports {

  /**
   * The engine keeps a string variable in at most 4000 characters; longer lists end with "... and N
   * more".
   */
  static final int MAX_TEXT = 3900;

  private final Catalogue catalogue;

  PhaseReports(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  String objectives(int phase) {
    return catalogue.phase(phase).objectives().stream()
        .map(objective -> "- " + objective)
        .collect(Collectors.joining("\n"));
  }

  String keyCharacteristics(Area area, int phase) {
    List<String> characteristics = area.keyCharacteristicsOf(phase);
    if (characteristics.isEmpty()) {
      return "Table 2 names no key characteristic of " + area.name() + " for Phase " + phase + ".";
    }
    return characteristics.stream().map(text -> "- " + text).collect(Collectors.joining("\n"));
  }

  String planSummary(List<PlannedActivity> plan) {
    Map<String, List<PlannedActivity>> byArea = new LinkedHashMap<>();
    catalogue.areas().forEach(area -> byArea.put(area.id(), new ArrayList<>()));
    plan.forEach(planned -> byArea.get(planned.areaId()).add(planned));
    StringBuilder text =
        new StringBuilder(
            "| Process area | Activities | Of which brought forward (clause 6) | Carried over |\n|---|---|---|---|\n");
    catalogue
        .areas()
        .forEach(
            area -> {
              List<PlannedActivity> planned = byArea.get(area.id());
              text.append("| ")
                  .append(area.name())
                  .append(" | ")
                  .append(planned.size())
                  .append(" | ")
                  .append(count(planned, PlanOrigin.BROUGHT_FORWARD))
                  .append(" | ")
                  .append(
                      count(planned, PlanOrigin.CARRIED_OVER)
                          + count(planned, PlanOrigin.EXTENSION))
                  .append(" |\n");
            });
    return text.append("\n**").append(plan.size()).append(" activities in all.**").toString();
  }

  String carriedOverSummary(List<PlannedActivity> plan) {
    List<String> lines =
        plan.stream()
            .filter(
                planned ->
                    planned.origin() == PlanOrigin.CARRIED_OVER
                        || planned.origin() == PlanOrigin.EXTENSION)
            .map(planned -> "- " + catalogue.activity(planned.activityId()).reference())
            .toList();
    return lines.isEmpty() ? "Nothing is carried over." : fit(lines, MAX_TEXT);
  }

  String results(List<AreaResult> results) {
    StringBuilder text =
        new StringBuilder(
            "| Process area | Planned | Achieved | Partially | Not achieved | Not applicable |\n|---|---|---|---|---|---|\n");
    results.stream()
        .filter(result -> result.planned() > 0)
        .forEach(
            result ->
                text.append("| ")
                    .append(result.areaName())
                    .append(" | ")
                    .append(result.planned())
                    .append(" | ")
                    .append(result.count(Outcome.ACHIEVED))
                    .append(" | ")
                    .append(result.count(Outcome.PARTIALLY_ACHIEVED))
                    .append(" | ")
                    .append(result.count(Outcome.NOT_ACHIEVED))
                    .append(" | ")
                    .append(result.count(Outcome.NOT_APPLICABLE))
                    .append(" |\n"));
    return text.toString();
  }

  String unfinished(List<String> activityIds) {
    if (activityIds.isEmpty()) {
      return "Every planned activity is achieved or not applicable.";
    }
    return fit(
        activityIds.stream()
            .map(catalogue::activity)
            .map(activity -> "- " + activity.reference())
            .toList(),
        MAX_TEXT);
  }

  /**
   * The Table 2 key characteristics of the phase as checklist options: value "area-id#n", label
   * "Area: text".
   */
  List<Map<String, String>> keyCharacteristicOptions(int phase) {
    List<Map<String, String>> options = new ArrayList<>();
    for (Area area : catalogue.areas()) {
      List<String> characteristics = area.keyCharacteristicsOf(phase);
      for (int i = 0; i < characteristics.size(); i++) {
        options.add(
            Map.of(
                "value",
                area.id() + "#" + (i + 1),
                "label",
                area.name() + ": " + characteristics.get(i)));
      }
    }
    return options;
  }

  String activityNote(Activity activity, PlanOrigin origin, int phase) {
    return switch (origin) {
      case TABLE_B1 -> null;
      case BROUGHT_FORWARD ->
          "Brought forward to Phase "
              + phase
              + " (clause 6): the gap analysis found "
              + activity.area().name()
              + " established; confirm and improve it now. Table B.1 marks it for "
              + phases(activity.phases())
              + ".";
      case CARRIED_OVER ->
          "Carried over from Phase "
              + (phase - 1)
              + ": not achieved there, or moved to this phase when "
              + "Phase "
              + (phase - 1)
              + " was planned.";
      case EXTENSION ->
          "Phase "
              + phase
              + " was extended: this activity is done again (it was not finished, or a key "
              + "characteristic of "
              + activity.area().name()
              + " was not met).";
    };
  }

  /** "Phase 3", "Phases 2 and 3", "Phases 1, 2 and 3". */
  static String phases(List<Integer> phases) {
    if (phases.size() == 1) {
      return "Phase " + phases.get(0);
    }
    String all = phases.stream().map(String::valueOf).collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return "Phases " + all.substring(0, last) + " and " + all.substring(last + 2);
  }

  /** The lines that fit in {@code limit} characters, then "... and N more". */
  static String fit(List<String> lines, int limit) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String more = "\n- ... and " + (lines.size() - i) + " more (see the progress report)";
      if (text.length() + lines.get(i).length() + 1 + more.length() > limit) {
        return text.append(more).toString();
      }
      text.append(i == 0 ? "" : "\n").append(lines.get(i));
    }
    return text.toString();
  }

  private static long count(List<PlannedActivity> planned, PlanOrigin origin) {
    return planned.stream().filter(p -> p.origin() == origin).count();
  }
}
