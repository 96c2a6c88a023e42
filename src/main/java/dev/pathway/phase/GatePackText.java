package dev.pathway.phase;

import static dev.pathway.forms.ShownText.escape;

import dev.pathway.process.ValueSet;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The gate decision pack as the vote form shows it (Markdown), in a board member's words: what the
 * decision table recommends and why, where the phase stands, the unfinished activities, the key
 * characteristics not met, what was carried in or deferred, the Phase 3 audit, any override and the
 * votes already cast. What people typed is escaped; the rest comes from the catalogue and the
 * record.
 */
@Component
class GatePackText {

  /** Lists longer than this end with "… and N more": the whole pack is in the reports. */
  static final int MAX_LISTED = 25;

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  String of(GateRecord gate) {
    GateRecord.Inputs inputs = gate.inputs();
    StringBuilder text = new StringBuilder();
    text.append("### What the decision table recommends\n\n**")
        .append(GateRecord.label(gate.outcome()))
        .append("**: ")
        .append(gate.reason())
        .append("\n\n*Rule that decided:* ")
        .append(gate.rule().description() == null ? "-" : gate.rule().description())
        .append(" (decision table version ")
        .append(gate.decisionTableVersion() == null ? "-" : gate.decisionTableVersion())
        .append(")\n");
    if (gate.override() != null) {
      text.append("\n**The board changed the outcome to: ")
          .append(GateRecord.label(gate.override().outcome()))
          .append("** (")
          .append(escape(gate.override().by()))
          .append(", ")
          .append(WHEN.format(gate.override().at()))
          .append("). Reason: ")
          .append(escape(gate.override().reason()))
          .append('\n');
    }
    text.append("\n### Where the phase stands\n\n- ")
        .append(inputs.unfinishedCount())
        .append(" of ")
        .append(inputs.activityCount())
        .append(" planned activities not finished (")
        .append(GateRecord.percent(inputs.unfinishedShare()))
        .append(")\n- ")
        .append(inputs.characteristicsUnmet())
        .append(" key characteristics of Table 2 not met\n");
    if (inputs.auditConclusion() != null) {
      text.append("- Full internal audit: **")
          .append(auditWords(inputs.auditConclusion()))
          .append("**, ")
          .append(inputs.openNonconformities() == null ? 0 : inputs.openNonconformities())
          .append(" nonconformities open\n");
    }
    section(
        text,
        "Unfinished activities",
        inputs.unfinishedActivities(),
        item -> item.name() + " (" + item.status() + ")");
    section(text, "Key characteristics not met", inputs.unmetCharacteristics(), name -> name);
    section(
        text,
        "Carried in from the previous phase, or moved to the next",
        inputs.carriedItems(),
        item ->
            item.name()
                + ": "
                + (GatePack.DEFERRED.equals(item.carried())
                    ? "moved to the next phase"
                    : "carried in, now " + item.status()));
    text.append("\n### Votes already cast\n\n");
    if (gate.votes().isEmpty()) {
      text.append("None yet.\n");
    }
    gate.votes()
        .forEach(
            vote ->
                text.append("- ")
                    .append(escape(vote.voter()))
                    .append(": ")
                    .append(GateVote.APPROVE.value().equals(vote.vote()) ? "approved" : "sent back")
                    .append(", ")
                    .append(WHEN.format(vote.votedAt()))
                    .append(
                        vote.reason() == null || vote.reason().isBlank()
                            ? ""
                            : ". " + escape(vote.reason()))
                    .append('\n'));
    return text.toString();
  }

  private static <T> void section(
      StringBuilder text, String title, List<T> items, Function<T, String> line) {
    if (items.isEmpty()) {
      return;
    }
    text.append("\n### ").append(title).append("\n\n");
    items.stream()
        .limit(MAX_LISTED)
        .forEach(item -> text.append("- ").append(line.apply(item)).append('\n'));
    if (items.size() > MAX_LISTED) {
      text.append("- … and ").append(items.size() - MAX_LISTED).append(" more\n");
    }
  }

  /** The audit's conclusion in words: "does not conform". */
  static String auditWords(String conclusion) {
    return ValueSet.of(AuditConclusion.class, conclusion).value().replace('-', ' ');
  }
}
