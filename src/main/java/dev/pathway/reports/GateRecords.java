package dev.pathway.reports;

import dev.pathway.phase.GateDecision;
import dev.pathway.phase.GateRecord;
import java.util.List;
import java.util.Map;

/** Gate records as the report templates read them: in a board member's words. */
final class GateRecords {

  private GateRecords() {}

  static Map<String, Object> of(GateRecord gate) {
    GateRecord.Inputs inputs = gate.inputs();
    GateRecord.Override override = gate.override();
    return Values.of(
        "gateId", gate.gateId(),
        "phase", gate.phase(),
        "round", gate.round(),
        "decidedAt", Values.when(gate.decidedAt()),
        "activityCount", inputs.activityCount(),
        "unfinishedCount", inputs.unfinishedCount(),
        "unfinishedPercent", GateRecord.percent(inputs.unfinishedShare()),
        "characteristicsUnmet", inputs.characteristicsUnmet(),
        "unmetCharacteristics", inputs.unmetCharacteristics(),
        "unfinishedActivities",
            inputs.unfinishedActivities().stream()
                .map(
                    item ->
                        Values.of(
                            "name", item.name(), "area", item.area(), "status", item.status()))
                .toList(),
        "carriedItems",
            inputs.carriedItems().stream()
                .map(
                    item ->
                        Values.of(
                            "name",
                            item.name(),
                            "carried",
                            "deferred".equals(item.carried())
                                ? "moved to the next phase"
                                : "carried in from the previous phase",
                            "status",
                            item.status()))
                .toList(),
        "auditConclusion",
            inputs.auditConclusion() == null ? null : inputs.auditConclusion().replace('-', ' '),
        "openNonconformities", inputs.openNonconformities(),
        "ruleId", gate.rule().id(),
        "ruleDescription", gate.rule().description(),
        "tableVersion", gate.decisionTableVersion(),
        "outcome", GateRecord.label(gate.outcome()),
        "reason", gate.reason(),
        "override",
            override == null
                ? null
                : Values.of(
                    "outcome", GateRecord.label(override.outcome()),
                    "reason", override.reason(),
                    "by", override.by(),
                    "at", Values.when(override.at())),
        "finalOutcome", GateRecord.label(gate.finalOutcome()),
        "analysisBy", gate.analysisBy(),
        "votes", votes(gate.votes()),
        "boardDecision", boardDecision(gate.votes()));
  }

  private static List<Map<String, Object>> votes(List<GateDecision.Vote> votes) {
    return votes.stream()
        .map(
            vote ->
                Values.of(
                    "voter", vote.voter(),
                    "vote", "approve".equals(vote.vote()) ? "approved" : "sent back",
                    "reason", vote.reason(),
                    "votedAt", Values.when(vote.votedAt())))
        .toList();
  }

  /** "sent back" after a rejection, else how many approvals so far. */
  private static String boardDecision(List<GateDecision.Vote> votes) {
    if (votes.stream().anyMatch(vote -> !"approve".equals(vote.vote()))) {
      return "sent back to the achievement analysis";
    }
    return votes.isEmpty() ? "no vote yet" : votes.size() + " approval(s)";
  }
}
