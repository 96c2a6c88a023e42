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
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
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
  private final GatePack packs;
  private final GatePackText packTexts;

  PhaseGate(
      PhaseResults results,
      PhaseReports reports,
      GateRepository gates,
      PhaseTaskNames names,
      GatePack packs,
      GatePackText packTexts) {
    this.results = results;
    this.reports = reports;
    this.gates = gates;
    this.names = names;
    this.packs = packs;
    this.packTexts = packTexts;
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
    GatePack.Contents pack = pack(task, phase);
    ExitInputs inputs = ExitInputs.of(phase, pack, task);
    inputs.writeTo(task);
    GateModel.ANALYSIS_BY.set(task, Actors.completedBy(task));
    List<Map<String, String>> unmet = pack.unmetCharacteristics();
    GateModel.AREAS_WITH_UNMET_CHARACTERISTICS.set(
        task,
        unmet.stream()
            .map(option -> option.get("value").substring(0, option.get("value").indexOf('#')))
            .distinct()
            .toList());
    Set<String> carried =
        new LinkedHashSet<>(
            pack.unfinished().stream().map(GateRecord.ActivityItem::activityId).toList());
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

  private GatePack.Contents pack(VariableScope scope, int phase) {
    return packs.of(
        IMPLEMENTATION_ID.get(scope),
        phase,
        GateModel.KEY_CHARACTERISTICS_MET.get(scope),
        PhaseModel.DEFERRED_ACTIVITIES.get(scope));
  }

  /**
   * After the DMN exit decision: keep it for audit, with its inputs, the items behind them, the
   * rule that matched and the table's version; open a new gate for the board's votes.
   */
  public void recordExit(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> result =
        (Map<String, Object>) GateModel.EXIT_DECISION_RESULT.get(execution);
    ExitDecision decision =
        ValueSet.of(ExitDecision.class, String.valueOf(result.get(DECISION_OUTPUT)));
    String reason = String.valueOf(result.get(REASON_OUTPUT));
    ExitInputs inputs = ExitInputs.readFrom(execution);
    GatePack.Contents pack = pack(execution, inputs.phase());
    String gateId = UUID.randomUUID().toString();
    gates.saveDecision(
        IMPLEMENTATION_ID.get(execution),
        new GateRecord(
            gateId,
            inputs.phase(),
            PhaseModel.ROUND.get(execution),
            ClockUtil.getCurrentTime().toInstant(),
            new GateRecord.Inputs(
                inputs.activityCount(),
                inputs.unfinishedCount(),
                GateRepository.share(inputs.unfinishedShare()),
                inputs.characteristicsUnmet(),
                GateRepository.share(inputs.characteristicsUnmetShare()),
                pack.unmetCharacteristics().stream().map(option -> option.get("label")).toList(),
                pack.unfinished(),
                pack.carried(),
                inputs.auditConclusion() == null ? null : inputs.auditConclusion().value(),
                inputs.openNonconformities()),
            new GateRecord.Rule(
                GateModel.EXIT_RULE_ID.get(execution),
                GateModel.EXIT_RULE_DESCRIPTION.get(execution)),
            GateModel.EXIT_TABLE_VERSION.get(execution),
            decision.value(),
            reason,
            null,
            GateModel.ANALYSIS_BY.get(execution),
            List.of()));
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
    GateRecord gate = gates.record(GATE_ID.get(task)).orElseThrow();
    task.setDescription(
        TaskTexts.description(
            "Recommended outcome: "
                + GateRecord.label(gate.finalOutcome())
                + ". Approve it (or approve another outcome, with your reason), or send the phase back to its achievement analysis with a reason."));
    List.of(GATE_VOTE, GATE_VOTE_REASON, GATE_VOTE_NOTES)
        .forEach(variable -> variable.setLocal(task.getExecution(), null));
    List.of(GateModel.GATE_OVERRIDE_OUTCOME, GateModel.GATE_OVERRIDE_REASON)
        .forEach(variable -> variable.setLocal(task.getExecution(), null));
    GateModel.GATE_PACK_TEXT.setLocal(
        task, TaskTexts.shorten(packTexts.of(gate), PhaseReports.MAX_TEXT));
  }

  public void recordVote(DelegateTask task) {
    GateVote vote = GATE_VOTE.get(task);
    String reason = (vote == GateVote.APPROVE ? GATE_VOTE_NOTES : GATE_VOTE_REASON).get(task);
    String voter = Actors.completedBy(task);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    gates.saveVote(task.getId(), GATE_ID.get(task), voter, vote.value(), reason, now);
    if (vote != GateVote.APPROVE) {
      GATE_APPROVED.set(task.getExecution().getProcessInstance(), false);
      GATE_RETURN_REASON.set(task.getExecution().getProcessInstance(), reason);
      return;
    }
    String override = GateModel.GATE_OVERRIDE_OUTCOME.get(task);
    if (GateOverrideRule.isOverride(override)) {
      gates.saveOverride(
          GATE_ID.get(task),
          new GateRecord.Override(override, GateModel.GATE_OVERRIDE_REASON.get(task), voter, now));
      EXIT_DECISION.set(
          task.getExecution().getProcessInstance(), ValueSet.of(ExitDecision.class, override));
    }
  }

  private static String adjustments(String text) {
    return text == null || text.isBlank() ? "" : "\n\n**Adjustments for the next phase:** " + text;
  }
}
