package dev.pathway.improvement;

import dev.pathway.forms.SubmissionValidator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The intervals of continual improvement, changed without redeploying: {@code PUT
 * /api/continual-improvement/{id}/schedule}. A changed interval applies from the next cycle; with
 * {@code "rescheduleWaitingTimers": true} the cycles already waiting move to one new interval after
 * the previous due. The engine's authorization decides who may change it (the governance groups).
 */
@RestController
class ScheduleController {

  private final RuntimeService runtime;
  private final ManagementService management;

  ScheduleController(RuntimeService runtime, ManagementService management) {
    this.runtime = runtime;
    this.management = management;
  }

  record ScheduleChange(
      String monitoringInterval,
      String internalAuditInterval,
      String managementReviewInterval,
      Boolean rescheduleWaitingTimers) {}

  @GetMapping("/api/continual-improvement/{id}/schedule")
  Map<String, Object> schedule(@PathVariable String id) {
    instance(id);
    Map<String, Object> body = new LinkedHashMap<>();
    for (CycleKind kind : CycleKind.values()) {
      Map<String, Object> cycle = new LinkedHashMap<>();
      cycle.put("interval", runtime.getVariable(id, kind.interval().name()));
      cycle.put("cyclesRun", runtime.getVariable(id, kind.cycle().name()));
      cycle.put("nextDue", waitingTimer(id, kind).map(Job::getDuedate).orElse(null));
      body.put(kind.id(), cycle);
    }
    return body;
  }

  @PutMapping("/api/continual-improvement/{id}/schedule")
  Map<String, Object> change(@PathVariable String id, @RequestBody ScheduleChange change) {
    instance(id);
    Map<String, Object> intervals = new LinkedHashMap<>();
    put(intervals, CycleKind.MONITORING, change.monitoringInterval());
    put(intervals, CycleKind.INTERNAL_AUDIT, change.internalAuditInterval());
    put(intervals, CycleKind.MANAGEMENT_REVIEW, change.managementReviewInterval());
    if (intervals.isEmpty()) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "Name at least one of monitoringInterval, internalAuditInterval, managementReviewInterval");
    }
    runtime.setVariables(id, intervals);
    if (Boolean.TRUE.equals(change.rescheduleWaitingTimers())) {
      for (CycleKind kind : CycleKind.values()) {
        if (intervals.containsKey(kind.interval().name())) {
          // the timer's date is one interval after the previous cycle was due: recalculated with
          // the new interval
          waitingTimer(id, kind)
              .ifPresent(job -> management.recalculateJobDuedate(job.getId(), false));
        }
      }
    }
    return schedule(id);
  }

  private static void put(Map<String, Object> intervals, CycleKind kind, String interval) {
    if (interval == null) {
      return;
    }
    if (!IsoIntervals.isValid(interval)) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          kind.interval().name()
              + ": '"
              + SubmissionValidator.shown(interval)
              + "' "
              + IsoIntervals.EXPECTED);
    }
    kind.interval().into(intervals, interval);
  }

  private Optional<Job> waitingTimer(String id, CycleKind kind) {
    List<Job> timers =
        management
            .createJobQuery()
            .processInstanceId(id)
            .timers()
            .activityId(kind.timerId())
            .list();
    return timers.stream().findFirst();
  }

  private ProcessInstance instance(String id) {
    ProcessInstance instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceId(id)
            .processDefinitionKey(ContinualImprovementModel.KEY)
            .singleResult();
    if (instance == null) {
      throw new ResponseStatusException(
          HttpStatus.NOT_FOUND, "No continual improvement '" + id + "' that you may read");
    }
    return instance;
  }
}
