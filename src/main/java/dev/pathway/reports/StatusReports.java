package dev.pathway.reports;

import dev.pathway.catalogue.Area;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.phase.AreaResult;
import dev.pathway.phase.GateRepository;
import dev.pathway.phase.PhaseResults;
import dev.pathway.programme.ProgrammeModel;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The implementation status report: per process area and phase the share of the planned activities
 * achieved (achieved or not applicable) as a heatmap, the open and overdue work by role group, and
 * the gate timeline.
 */
@Component
class StatusReports {

  /** Heatmap bands: below 25 %, 50 %, 75 %, 100 %, and all done. */
  private static final int[] BANDS = {25, 50, 75, 100};

  private final Catalogue catalogue;
  private final PhaseResults results;
  private final GateRepository gates;
  private final HistoryService history;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ProcessEngineConfigurationImpl engine;

  StatusReports(
      Catalogue catalogue,
      PhaseResults results,
      GateRepository gates,
      HistoryService history,
      TaskService tasks,
      IdentityService identity,
      ProcessEngineConfigurationImpl engine) {
    this.catalogue = catalogue;
    this.results = results;
    this.gates = gates;
    this.history = history;
    this.tasks = tasks;
    this.identity = identity;
    this.engine = engine;
  }

  /** What the template {@code status.html} shows of an implementation the user may read. */
  Map<String, Object> of(HistoricProcessInstance implementation) {
    String id = implementation.getId();
    List<List<AreaResult>> phases =
        IntStream.rangeClosed(1, Catalogue.PHASE_COUNT)
            .mapToObj(phase -> results.of(id, phase).areas())
            .toList();
    List<Map<String, Object>> heatmap = new ArrayList<>();
    List<Area> areas = catalogue.areas();
    for (int a = 0; a < areas.size(); a++) {
      int area = a;
      heatmap.add(
          Values.of(
              "area",
              areas.get(a).name(),
              "cells",
              phases.stream().map(phase -> cell(List.of(phase.get(area)))).toList()));
    }
    return Values.of(
        "implementation", implementation(implementation),
        "generatedAt", Values.when(ClockUtil.getCurrentTime().toInstant()),
        "phases", IntStream.rangeClosed(1, Catalogue.PHASE_COUNT).boxed().toList(),
        "heatmap", heatmap,
        "totals", phases.stream().map(StatusReports::cell).toList(),
        "work", work(implementation.getBusinessKey()),
        "gates", gates.records(id).stream().map(GateRecords::of).toList());
  }

  Map<String, Object> implementation(HistoricProcessInstance implementation) {
    HistoricVariableInstance provider =
        history
            .createHistoricVariableInstanceQuery()
            .processInstanceId(implementation.getId())
            .variableName(ProgrammeModel.SERVICE_PROVIDER.name())
            .singleResult();
    return Values.of(
        "id", implementation.getId(),
        "businessKey", implementation.getBusinessKey(),
        "provider", provider == null ? implementation.getBusinessKey() : provider.getValue(),
        "state", implementation.getState().toLowerCase().replace('_', ' '),
        "started", Values.when(implementation.getStartTime().toInstant()));
  }

  /** The planned activities of the areas, the finished ones, and the band of the share. */
  private static Map<String, Object> cell(List<AreaResult> areas) {
    int planned = areas.stream().mapToInt(AreaResult::planned).sum();
    int finished = areas.stream().mapToInt(AreaResult::finished).sum();
    if (planned == 0) {
      return Values.of("text", "-", "band", "h-none", "planned", 0, "finished", 0);
    }
    int percent = (int) Math.floor(100.0 * Math.min(finished, planned) / planned);
    int band = 0;
    while (band < BANDS.length && percent >= BANDS[band]) {
      band++;
    }
    return Values.of(
        "text",
        percent + " % (" + finished + "/" + planned + ")",
        "band",
        "h" + band,
        "planned",
        planned,
        "finished",
        finished);
  }

  /**
   * Open and overdue tasks of the implementation by candidate group. The user may read the
   * implementation; the count covers everybody's tasks, so the engine's task authorizations are not
   * applied here.
   */
  private List<Map<String, Object>> work(String businessKey) {
    Date now = ClockUtil.getCurrentTime();
    Map<String, int[]> byGroup = new TreeMap<>();
    engine
        .getCommandExecutorTxRequired()
        .execute(
            context ->
                context.runWithoutAuthorization(
                    () -> {
                      for (Task task :
                          tasks.createTaskQuery().processInstanceBusinessKey(businessKey).list()) {
                        boolean overdue =
                            task.getDueDate() != null && task.getDueDate().before(now);
                        tasks.getIdentityLinksForTask(task.getId()).stream()
                            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                            .map(IdentityLink::getGroupId)
                            .filter(group -> group != null)
                            .forEach(
                                group -> {
                                  int[] counts = byGroup.computeIfAbsent(group, g -> new int[2]);
                                  counts[0]++;
                                  counts[1] += overdue ? 1 : 0;
                                });
                      }
                      return null;
                    }));
    return byGroup.entrySet().stream()
        .map(
            entry ->
                Values.of(
                    "group", groupName(entry.getKey()),
                    "open", entry.getValue()[0],
                    "overdue", entry.getValue()[1]))
        .toList();
  }

  private String groupName(String groupId) {
    Group group = identity.createGroupQuery().groupId(groupId).singleResult();
    return group == null || group.getName() == null
        ? groupId
        : group.getName() + " (" + groupId + ")";
  }
}
