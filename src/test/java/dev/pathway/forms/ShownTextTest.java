package dev.pathway.forms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pathway.improvement.ContinualImprovementModel;
import dev.pathway.phase.GateModel;
import dev.pathway.phase.PhaseModel;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.startup.StartUpModel;
import org.junit.jupiter.api.Test;

/** Stored text for a text view: HTML's characters as entities, Markdown's escaped. */
class ShownTextTest {

  @Test
  void pathwaysOwnMarkdownIsNamedByTheModelsThatWriteIt() {
    assertThat(ShownText.PATHWAYS_MARKDOWN)
        .containsExactlyInAnyOrder(
            "standardText",
            GateModel.ACHIEVEMENT_RESULTS_TEXT.name(),
            GateModel.EXIT_DECISION_TEXT.name(),
            GateModel.GATE_PACK_TEXT.name(),
            PhaseModel.PHASE_OBJECTIVES.name(),
            PhaseModel.KEY_CHARACTERISTICS.name(),
            PhaseModel.PLAN_SUMMARY.name(),
            PhaseModel.CARRIED_OVER_SUMMARY.name(),
            ProgrammeModel.MISSING_ENTRY_CONDITIONS_TEXT.name(),
            ContinualImprovementModel.CYCLE_TEXT.name(),
            StartUpModel.GAP_ANALYSIS_RESULTS_TEXT.name());
  }

  @Test
  void plainWordsStayAsTheyAre() {
    assertThat(ShownText.escape("Cost too high: use internal staff, 2027-03-31."))
        .isEqualTo("Cost too high: use internal staff, 2027-03-31.");
  }

  @Test
  void htmlBecomesEntities() {
    assertThat(ShownText.escape("<b>\"bold\" & co</b>"))
        .isEqualTo("&lt;b&gt;&quot;bold&quot; &amp; co&lt;/b&gt;");
  }

  @Test
  void markdownThatWouldMakeImagesLinksOrEmphasisIsEscaped() {
    assertThat(ShownText.escape("![x](u) [y](javascript:z) *a* _b_ `c` # d"))
        .isEqualTo("\\!\\[x\\]\\(u\\) \\[y\\]\\(javascript:z\\) \\*a\\* \\_b\\_ \\`c\\` \\# d");
  }
}
