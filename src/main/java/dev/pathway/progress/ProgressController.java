package dev.pathway.progress;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.phase.AreaResult;
import dev.pathway.phase.GateRepository;
import dev.pathway.phase.Outcome;
import dev.pathway.phase.PhaseResults;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/implementations/{id}/progress}: per phase and process area, the activities
 * planned and the counts by latest outcome; and each gate decision with the inputs that decided it.
 * The id is the process instance id of the implementation; whoever may not read that instance gets
 * 404.
 */
@RestController
class ProgressController {

  private final ImplementationAccess access;
  private final PhaseResults results;
  private final GateRepository gates;

  ProgressController(ImplementationAccess access, PhaseResults results, GateRepository gates) {
    this.access = access;
    this.results = results;
    this.gates = gates;
  }

  @GetMapping("/api/implementations/{id}/progress")
  Map<String, Object> progress(@PathVariable String id) {
    HistoricProcessInstance implementation = access.readable(id);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("implementationId", id);
    body.put("businessKey", implementation.getBusinessKey());
    body.put("state", implementation.getState());
    body.put(
        "phases",
        IntStream.rangeClosed(1, Catalogue.PHASE_COUNT)
            .mapToObj(phase -> phase(id, phase))
            .toList());
    body.put("gates", gates.decisions(id));
    return body;
  }

  private Map<String, Object> phase(String implementationId, int phase) {
    List<AreaResult> areas = results.of(implementationId, phase).areas();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("phase", phase);
    body.put("planned", areas.stream().mapToInt(AreaResult::planned).sum());
    body.put("recorded", areas.stream().mapToInt(AreaResult::recorded).sum());
    body.put("areas", areas.stream().map(ProgressController::area).toList());
    return body;
  }

  private static Map<String, Object> area(AreaResult area) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("areaId", area.areaId());
    body.put("name", area.areaName());
    body.put("planned", area.planned());
    body.put("open", area.open());
    Map<String, Integer> outcomes = new LinkedHashMap<>();
    Arrays.stream(Outcome.values())
        .forEach(outcome -> outcomes.put(outcome.value(), area.count(outcome)));
    body.put("outcomes", outcomes);
    return body;
  }
}
