package dev.pathway.phase;

import static dev.pathway.phase.PhaseVariables.CARRY_OVER;

import dev.pathway.tasks.Actors;
import dev.pathway.tasks.TaskTexts;
import dev.pathway.tasks.VariableValues;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The end of a phase (Annex B): results per area for the achievement analysis, the inputs of the DMN exit decision,
 * its record for audit, and the implementation board's votes on it.
 */
@Component("phaseGate")
public class PhaseGate {

  static final String GATE_ID = "gateId";
  static final String GATE_APPROVED = "gateApproved";
  static final String GATE_RETURN_REASON = "gateReturnReason";
  static final String GATE_VOTE = "gateVote";
  static final String EXIT_DECISION = "exitDecision";
  static final String KEY_CHARACTERISTICS_MET = "keyCharacteristicsMet";
  static final String KEY_CHARACTERISTIC_OPTIONS = "keyCharacteristicOptions";
  /** The areas with a key characteristic of the phase not met: an extension plans their activities again. */
  static final String UNMET_AREAS = "areasWithUnmetCharacteristics";

  private final PhaseResults results;
  private final PhaseReports reports;
  private final GateRepository gates;

  PhaseGate(PhaseResults results, PhaseReports reports, GateRepository gates) {
    this.results = results;
    this.reports = reports;
    this.gates = gates;
  }

  /** Before the achievement analysis: what the phase achieved, area by area, and its Table 2 checklist. */
  public void presentAnalysis(DelegateTask task) {
    int phase = PhaseVariables.phase(task);
    String implementationId = PhaseVariables.implementationId(task);
    task.setName("Achievement analysis of Phase " + phase);
    task.setDescription(TaskTexts.description("Annex B: each phase ends with an achievement analysis; its results adjust the plan of the "
        + (phase < 3 ? "next phase." : "continual improvement that follows Phase 3.")));
    PhaseResults.Snapshot snapshot = results.of(implementationId, phase);
    task.setVariable("achievementResultsText", reports.results(snapshot.areas()));
    task.setVariable("unfinishedActivitiesText", reports.unfinished(snapshot.unfinished()));
    task.setVariable(KEY_CHARACTERISTIC_OPTIONS, VariableValues.jsonList(reports.keyCharacteristicOptions(phase)));
  }

  /** After the achievement analysis: the inputs of the exit decision, and what goes on to the next phase. */
  public void prepareExit(DelegateTask task) {
    int phase = PhaseVariables.phase(task);
    String implementationId = PhaseVariables.implementationId(task);
    PhaseResults.Snapshot snapshot = results.of(implementationId, phase);
    List<String> unfinished = snapshot.unfinished();
    int activityCount = snapshot.planned();
    List<Map<String, String>> options = reports.keyCharacteristicOptions(phase);
    Set<String> met = new HashSet<>(VariableValues.stringList(task, KEY_CHARACTERISTICS_MET));
    List<Map<String, String>> unmet = options.stream().filter(option -> !met.contains(option.get("value"))).toList();
    ExitInputs inputs = new ExitInputs(phase, activityCount, unfinished.size(),
        activityCount == 0 ? 0.0 : (double) unfinished.size() / activityCount, unmet.size(),
        options.isEmpty() ? 0.0 : (double) unmet.size() / options.size());
    task.setVariable("activityCount", inputs.activityCount());
    task.setVariable("unfinishedCount", inputs.unfinishedCount());
    task.setVariable("unfinishedShare", inputs.unfinishedShare());
    task.setVariable("keyCharacteristicsUnmet", inputs.characteristicsUnmet());
    task.setVariable("keyCharacteristicsUnmetShare", inputs.characteristicsUnmetShare());
    task.setVariable(UNMET_AREAS, VariableValues.jsonList(unmet.stream()
        .map(option -> option.get("value").substring(0, option.get("value").indexOf('#'))).distinct().toList()));
    Set<String> carried = new LinkedHashSet<>(unfinished);
    carried.addAll(VariableValues.stringList(task, PlanAdjustment.DEFERRED));
    task.setVariable(CARRY_OVER, VariableValues.jsonList(carried));
    task.setVariable(GATE_RETURN_REASON, null);
    String summary = "**Achievement analysis of Phase " + phase + "**\n\n"
        + VariableValues.text(task, "achievementAnalysisSummary")
        + adjustments(VariableValues.text(task, "planAdjustmentsForNextPhase"))
        + (unmet.isEmpty() ? "" : "\n\n**Key characteristics not met (Table 2):**\n" + unmet.stream()
            .map(option -> "- " + option.get("label")).collect(Collectors.joining("\n")))
        + "\n\n" + VariableValues.text(task, "achievementResultsText");
    task.setVariable("achievementSummaryForNextPhase", summary.length() <= PhaseReports.MAX_TEXT ? summary
        : summary.substring(0, PhaseReports.MAX_TEXT - 1) + "…");
  }

  /** After the DMN exit decision: keep it, with its inputs, for audit; open a new gate for the board's votes. */
  public void recordExit(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) execution.getVariable("exitDecisionResult");
    String decision = String.valueOf(result.get(EXIT_DECISION));
    String reason = String.valueOf(result.get("exitReason"));
    ExitInputs inputs = new ExitInputs(PhaseVariables.phase(execution),
        ((Number) execution.getVariable("activityCount")).intValue(),
        ((Number) execution.getVariable("unfinishedCount")).intValue(),
        ((Number) execution.getVariable("unfinishedShare")).doubleValue(),
        ((Number) execution.getVariable("keyCharacteristicsUnmet")).intValue(),
        ((Number) execution.getVariable("keyCharacteristicsUnmetShare")).doubleValue());
    String gateId = UUID.randomUUID().toString();
    gates.saveDecision(gateId, PhaseVariables.implementationId(execution), inputs.phase(),
        PhaseVariables.round(execution), inputs, decision, reason, ClockUtil.getCurrentTime().toInstant());
    execution.setVariable(GATE_ID, gateId);
    execution.setVariable(GATE_APPROVED, true);
    execution.setVariable(EXIT_DECISION, decision);
    execution.setVariable("exitDecisionText", "**" + label(decision) + "**: " + reason + "\n\n"
        + inputs.unfinishedCount() + " of " + inputs.activityCount() + " activities not finished; "
        + inputs.characteristicsUnmet() + " key characteristics of Table 2 not met.");
  }

  public void presentVote(DelegateTask task) {
    int phase = PhaseVariables.phase(task);
    task.setName("Phase " + phase + " gate: implementation board vote");
    task.setDescription(TaskTexts.description("Exit decision: " + label(VariableValues.text(task, EXIT_DECISION))
        + ". Approve it, or send the phase back to its achievement analysis with a reason."));
    task.getExecution().setVariableLocal(GATE_VOTE, null);
    task.getExecution().setVariableLocal("gateVoteReason", null);
    task.getExecution().setVariableLocal("gateVoteNotes", null);
  }

  public void recordVote(DelegateTask task) {
    String vote = VariableValues.text(task, GATE_VOTE);
    String reason = VariableValues.text(task, "approve".equals(vote) ? "gateVoteNotes" : "gateVoteReason");
    gates.saveVote(task.getId(), VariableValues.text(task, GATE_ID), Actors.completedBy(task), vote, reason,
        ClockUtil.getCurrentTime().toInstant());
    if (!"approve".equals(vote)) {
      task.getExecution().getProcessInstance().setVariable(GATE_APPROVED, false);
      task.getExecution().getProcessInstance().setVariable(GATE_RETURN_REASON, reason);
    }
  }

  static String label(String exitDecision) {
    return switch (exitDecision == null ? "" : exitDecision) {
      case "proceed" -> "Proceed to the next phase";
      case "proceed-with-carry-over" -> "Proceed, carrying the unfinished activities into the next phase";
      case "extend" -> "Extend the phase: run the unfinished activities again";
      default -> String.valueOf(exitDecision);
    };
  }

  private static String adjustments(String text) {
    return text == null || text.isBlank() ? "" : "\n\n**Adjustments for the next phase:** " + text;
  }
}
