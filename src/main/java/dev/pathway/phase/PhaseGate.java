package dev.pathway.phase;

import static dev.pathway.phase.GateModel.ACHIEVEMENT_ANALYSIS_SUMMARY;
import static dev.pathway.phase.GateModel.ACHIEVEMENT_RESULTS_TEXT;
import static dev.pathway.phase.GateModel.EXIT_DECISION;
import static dev.pathway.phase.GateModel.GATE_APPROVED;
import static dev.pathway.phase.GateModel.GATE_ID;
import static dev.pathway.phase.GateModel.GATE_RETURN_REASON;
import static dev.pathway.phase.GateModel.GATE_VOTE;
import static dev.pathway.phase.GateModel.GATE_VOTE_NOTES;
import static dev.pathway.phase.GateModel.GATE_VOTE_REASON;
import static dev.pathway.phase.GateModel.KEY_CHARACTERISTIC_OPTIONS;
import static dev.pathway.phase.PhaseModel.PHASE;
import static dev.pathway.programme.ProgrammeModel.IMPLEMENTATION_ID;

import dev.pathway.process.Actors;
import dev.pathway.process.TaskTexts;
import dev.pathway.process.ValueSet;
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
 * The end of a phase (Annex B): results per area for the achievement analysis, the inputs of the
 * DMN exit decision, its record for audit, and the implementation board's votes on it.
 */
@Component("phaseGate")
public class PhaseGate {

  static final String ANALYSIS_NAME = "Achievement analysis of Phase %d";
  static final String VOTE_NAME = "Phase %d gate: implementation board vote";

  /** The output columns of {@code dmn/phase-exit.dmn}. */
  private static final String DECISION_OUTPUT = "exitDecision";

  private static final String REASON_OUTPUT = "exitReason";

  private final PhaseResults results;
  private final PhaseReports reports;
  private final GateRepository gates;
  private final PhaseTaskNames names;

  PhaseGate(
      PhaseResults results, PhaseReports reports, GateRepository gates, PhaseTaskNames names) {
    this.results = results;
    this.reports = reports;
    this.gates = gates;
    this.names = names;
  }

  /**
   * Before the achievement analysis: what the phase achieved, area by area, and its Table 2
   * checklist.
   */
  public void presentAnalysis(DelegateTask task) {
    int phase = PHASE.get(task);
    names.apply(task, ANALYSIS_NAME);
    task.setDescription(
        TaskTexts.description(
            "Annex B: each phase ends with an achievement analysis; its results adjust "
                + "the plan of the "
                + (phase < 3 ? "next phase." : "continual improvement that follows Phase 3.")));
    PhaseResults.Snapshot snapshot = results.of(IMPLEMENTATION_ID.get(task), phase);
    ACHIEVEMENT_RESULTS_TEXT.set(task, reports.results(snapshot.areas()));
    GateModel.UNFINISHED_ACTIVITIES_TEXT.set(task, reports.unfinished(snapshot.unfinished()));
    KEY_CHARACTERISTIC_OPTIONS.set(task, reports.keyCharacteristicOptions(phase));
  }

  /**
   * After the achievement analysis: the inputs of the exit decision, and what goes on to the next
   * phase.
   */
  public void prepareExit(DelegateTask task) {
    int phase = PHASE.get(task);
    PhaseResults.Snapshot snapshot = results.of(IMPLEMENTATION_ID.get(task), phase);
    List<String> unfinished = snapshot.unfinished();
    int activityCount = snapshot.planned();
    List<Map<String, String>> options = reports.keyCharacteristicOptions(phase);
    Set<String> met = new HashSet<>(GateModel.KEY_CHARACTERISTICS_MET.get(task));
    List<Map<String, String>> unmet =
        options.stream().filter(option -> !met.contains(option.get("value"))).toList();
    ExitInputs inputs =
        new ExitInputs(
            phase,
            activityCount,
            unfinished.size(),
            activityCount == 0 ? 0.0 : (double) unfinished.size() / activityCount,
            unmet.size(),
            options.isEmpty() ? 0.0 : (double) unmet.size() / options.size());
    inputs.writeTo(task);
    GateModel.AREAS_WITH_UNMET_CHARACTERISTICS.set(
        task,
        unmet.stream()
            .map(option -> option.get("value").substring(0, option.get("value").indexOf('#')))
            .distinct()
            .toList());
    Set<String> carried = new LinkedHashSet<>(unfinished);
    carried.addAll(PhaseModel.DEFERRED_ACTIVITIES.get(task));
    PhaseModel.CARRY_OVER.set(task, List.copyOf(carried));
    GATE_RETURN_REASON.set(task, null);
    String summary =
        "**Achievement analysis of Phase "
            + phase
            + "**\n\n"
            + ACHIEVEMENT_ANALYSIS_SUMMARY.get(task)
            + adjustments(GateModel.PLAN_ADJUSTMENTS_FOR_NEXT_PHASE.get(task))
            + (unmet.isEmpty()
                ? ""
                : "\n\n**Key characteristics not met (Table 2):**\n"
                    + unmet.stream()
                        .map(option -> "- " + option.get("label"))
                        .collect(Collectors.joining("\n")))
            + "\n\n"
            + ACHIEVEMENT_RESULTS_TEXT.get(task);
    PhaseModel.ACHIEVEMENT_SUMMARY_FOR_NEXT_PHASE.set(
        task, TaskTexts.shorten(summary, PhaseReports.MAX_TEXT));
  }

  /**
   * After the DMN exit decision: keep it, with its inputs, for audit; open a new gate for the
   * board's votes.
   */
  public void recordExit(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> result =
        (Map<String, Object>) GateModel.EXIT_DECISION_RESULT.get(execution);
    ExitDecision decision =
        ValueSet.of(ExitDecision.class, String.valueOf(result.get(DECISION_OUTPUT)));
    String reason = String.valueOf(result.get(REASON_OUTPUT));
    ExitInputs inputs = ExitInputs.readFrom(execution);
    String gateId = UUID.randomUUID().toString();
    gates.saveDecision(
        gateId,
        IMPLEMENTATION_ID.get(execution),
        inputs.phase(),
        PhaseModel.ROUND.get(execution),
        inputs,
        decision.value(),
        reason,
        ClockUtil.getCurrentTime().toInstant());
    GATE_ID.set(execution, gateId);
    GATE_APPROVED.set(execution, true);
    EXIT_DECISION.set(execution, decision);
    GateModel.EXIT_DECISION_TEXT.set(
        execution,
        "**"
            + decision.label()
            + "**: "
            + reason
            + "\n\n"
            + inputs.unfinishedCount()
            + " of "
            + inputs.activityCount()
            + " activities not finished; "
            + inputs.characteristicsUnmet()
            + " key characteristics of Table 2 not met.");
  }

  public void presentVote(DelegateTask task) {
    names.apply(task, VOTE_NAME);
    task.setDescription(
        TaskTexts.description(
            "Exit decision: "
                + EXIT_DECISION.get(task).label()
                + ". Approve it, or send the phase back to its achievement analysis with a reason."));
    List.of(GATE_VOTE, GATE_VOTE_REASON, GATE_VOTE_NOTES)
        .forEach(variable -> variable.setLocal(task.getExecution(), null));
  }

  public void recordVote(DelegateTask task) {
    GateVote vote = GATE_VOTE.get(task);
    String reason = (vote == GateVote.APPROVE ? GATE_VOTE_NOTES : GATE_VOTE_REASON).get(task);
    gates.saveVote(
        task.getId(),
        GATE_ID.get(task),
        Actors.completedBy(task),
        vote.value(),
        reason,
        ClockUtil.getCurrentTime().toInstant());
    if (vote != GateVote.APPROVE) {
      GATE_APPROVED.set(task.getExecution().getProcessInstance(), false);
      GATE_RETURN_REASON.set(task.getExecution().getProcessInstance(), reason);
    }
  }

  private static String adjustments(String text) {
    return text == null || text.isBlank() ? "" : "\n\n**Adjustments for the next phase:** " + text;
  }
}
