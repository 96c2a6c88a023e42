package dev.pathway.improvement;

import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The planned intervals of clause 8.2, anchored to the plan rather than to when the last cycle's
 * task was done: cycle n+1 is due one interval after cycle n was due, so a late task does not shift
 * later cycles and each interval gets exactly one cycle. The interval is read whenever a timer's
 * date is (re)calculated: a changed interval applies from the next cycle, and recalculating a
 * waiting timer's due date (engine REST or Cockpit) moves it to the new interval.
 */
@Component("cycleSchedule")
public class CycleSchedule {

  /**
   * The date the "… due" timer of a cycle waits for: {@code
   * timeDate="${cycleSchedule.nextDue(execution, 'monitoring')}"}.
   */
  public Date nextDue(DelegateExecution execution, String kindId) {
    CycleKind kind = CycleKind.of(kindId);
    Date previous = kind.previousDue().get(execution);
    if (previous == null) {
      previous = ClockUtil.getCurrentTime();
      kind.previousDue().set(execution.getProcessInstance(), previous);
    }
    Date next = plus(previous, kind.interval().get(execution));
    kind.nextDue().set(execution.getProcessInstance(), next);
    return next;
  }

  /** When a cycle starts, its due date becomes the anchor of the next one. */
  public void cycleStarted(DelegateExecution execution, String kindId) {
    CycleKind kind = CycleKind.of(kindId);
    kind.previousDue().set(execution.getProcessInstance(), kind.nextDue().get(execution));
  }

  static Date plus(Date date, String isoPeriod) {
    return Date.from(
        date.toInstant().atZone(ZoneId.systemDefault()).plus(Period.parse(isoPeriod)).toInstant());
  }
}
