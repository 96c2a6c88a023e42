package dev.pathway.improvement;

import static dev.pathway.improvement.ContinualImprovementModel.FINDINGS;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.phase.PhaseModel;
import dev.pathway.process.Actors;
import dev.pathway.process.TaskTexts;
import dev.pathway.programme.ProgrammeModel;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The Plan-Do-Check-Act cycles of clause 8.2 after Phase 3: each cycle's task is numbered and
 * recorded once, shows the standard's text and the interval, and turns its findings into
 * improvement actions.
 */
@Component("improvementCycles")
public class ImprovementCycles {

  private final Catalogue catalogue;
  private final CycleRepository cycles;
  private final ImprovementActionStarter actions;

  ImprovementCycles(Catalogue catalogue, CycleRepository cycles, ImprovementActionStarter actions) {
    this.catalogue = catalogue;
    this.cycles = cycles;
    this.actions = actions;
  }

  public void presentGovernance(DelegateTask task) {
    task.setDescription(
        TaskTexts.description(
            "Clause 8.1: appoint the group for continuing governance, with a senior manager accountable for "
                + "the services, and set the intervals of monitoring, internal audit and management review (8.2)."));
    TaskTexts.STANDARD_TEXT.setLocal(
        task,
        "**8.1 " + catalogue.clause("8.1").title() + "**\n\n" + catalogue.clause("8.1").text());
  }

  /**
   * {@code ${improvementCycles.settleIntervals(task)}} on completing continuing governance: an
   * interval chosen as "another interval" is the ISO-8601 duration typed beside it.
   */
  public void settleIntervals(DelegateTask task) {
    for (CycleKind kind : CycleKind.values()) {
      if (IsoIntervals.CUSTOM.equals(kind.interval().get(task))) {
        kind.interval().set(task, kind.customInterval().get(task));
      }
    }
  }

  public void present(DelegateTask task, String kindId) {
    CycleKind kind = CycleKind.of(kindId);
    int cycle = kind.cycle().getOrDefault(task, 0) + 1;
    String interval = kind.interval().get(task);
    cycles.start(
        ProgrammeModel.IMPLEMENTATION_ID.get(task),
        kind,
        cycle,
        task.getId(),
        interval,
        ClockUtil.getCurrentTime().toInstant());
    kind.cycle().set(task.getExecution().getProcessInstance(), cycle);

    task.setName(kind.title() + ", cycle " + cycle + " (" + kind.clause() + ")");
    task.setDescription(
        TaskTexts.description(
            "Clause "
                + kind.clause()
                + ": "
                + kind.title().toLowerCase()
                + ", cycle "
                + cycle
                + ", repeated "
                + IsoIntervals.describe(interval)
                + ". Findings become improvement actions."));
    TaskTexts.STANDARD_TEXT.setLocal(
        task,
        "**8.2 " + catalogue.clause("8.2").title() + "**\n\n" + catalogue.clause("8.2").text());
    ContinualImprovementModel.CYCLE_TEXT.setLocal(
        task, "Cycle " + cycle + ", repeated " + IsoIntervals.describe(interval) + ".");
    Date cycleDue = kind.nextDue().get(task);
    if (cycleDue != null && interval != null) {
      // done before the next cycle is due
      task.setDueDate(CycleSchedule.plus(cycleDue, interval));
    }
    FINDINGS.setLocal(task.getExecution(), null);
  }

  public void raiseFindings(DelegateTask task, String kindId) {
    CycleKind kind = CycleKind.of(kindId);
    cycles.complete(
        ProgrammeModel.IMPLEMENTATION_ID.get(task),
        kind,
        kind.cycle().get(task),
        result(task, kind));
    String source = kind.title() + ", cycle " + kind.cycle().get(task);
    findings(FINDINGS.get(task))
        .forEach(
            finding ->
                actions.start(
                    task.getExecution().getProcessBusinessKey(),
                    ProgrammeModel.IMPLEMENTATION_ID.get(task),
                    finding,
                    source));
  }

  /** What the cycle's form recorded, kept per cycle for the management review pack. */
  private static CycleResult result(DelegateTask task, CycleKind kind) {
    String summary;
    String detail = null;
    String rating = null;
    Integer nonconformities = null;
    switch (kind) {
      case MONITORING -> {
        summary = ContinualImprovementModel.PERFORMANCE_SUMMARY.get(task);
        rating = ContinualImprovementModel.TARGETS_MET.get(task);
      }
      case INTERNAL_AUDIT -> {
        // counted from the audit's findings by InternalAudits, whose listener runs first
        summary = PhaseModel.AUDIT_FINDINGS.get(task);
        nonconformities = PhaseModel.NONCONFORMITIES_FOUND.get(task);
      }
      default -> {
        summary = ContinualImprovementModel.REVIEW_INPUTS.get(task);
        detail = ContinualImprovementModel.REVIEW_DECISIONS.get(task);
        rating =
            Boolean.TRUE.equals(ContinualImprovementModel.SMS_STILL_SUITABLE.get(task))
                ? "suitable"
                : "not suitable";
      }
    }
    return new CycleResult(
        kind.id(),
        kind.title(),
        kind.cycle().get(task),
        Actors.completedBy(task),
        ClockUtil.getCurrentTime().toInstant(),
        summary,
        detail,
        rating,
        nonconformities,
        FINDINGS.get(task));
  }

  static List<String> findings(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("\\R"))
        .map(String::strip)
        .map(line -> line.replaceFirst("^[-*•]\\s*", ""))
        .filter(line -> !line.isBlank())
        .toList();
  }
}
