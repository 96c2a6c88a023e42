package dev.pathway.phase;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Names a phase task after its phase ("Adjust the plan for Phase 2") so that Tasklist lists read
 * plainly.
 */
@Component("phaseTaskNames")
public class PhaseTaskNames {

  public void apply(DelegateTask task, String pattern) {
    task.setName(String.format(pattern, PhaseModel.PHASE.get(task)));
  }
}
