package dev.pathway.forms;

import java.util.Set;

/**
 * A stored answer as a form's text view shows it: as the words typed. A text view renders its
 * template as Markdown with HTML, so an answer holding {@code <img src=…>}, {@code ![](…)} or
 * {@code [link](…)} would become an image or a link in the next person's form; HTML's special
 * characters become entities and Markdown's are escaped, so they show as typed.
 */
public final class ShownText {

  /**
   * The variables Pathway itself writes as Markdown, from the catalogue, the plan and its own
   * counts (tables, lists): shown as written ({@code PhaseReports}, {@code GateModel}, {@code
   * ProgrammeModel}, {@code ContinualImprovementModel}, {@code TaskTexts}; {@code GatePackText}
   * escapes what people typed in it).
   */
  static final Set<String> PATHWAYS_MARKDOWN =
      Set.of(
          "standardText",
          "phaseObjectives",
          "keyCharacteristics",
          "planSummary",
          "carriedOverSummary",
          "achievementResultsText",
          "exitDecisionText",
          "gatePackText",
          "missingEntryConditionsText",
          "cycleText",
          // the gap analysis as a table; its notes escaped (StartUpTasks)
          "gapAnalysisResultsText");

  private static final String MARKDOWN_SPECIALS = "\\`*_[]()!#|~{}";

  private ShownText() {}

  public static String escape(String text) {
    StringBuilder shown = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> shown.append("&amp;");
        case '<' -> shown.append("&lt;");
        case '>' -> shown.append("&gt;");
        case '"' -> shown.append("&quot;");
        default -> {
          if (MARKDOWN_SPECIALS.indexOf(c) >= 0) {
            shown.append('\\');
          }
          shown.append(c);
        }
      }
    }
    return shown.toString();
  }
}
