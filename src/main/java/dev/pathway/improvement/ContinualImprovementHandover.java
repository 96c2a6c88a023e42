package dev.pathway.improvement;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** After the Phase 3 gate: starts continual improvement (clause 8) for the implementation, under its business key. */
@Component("continualImprovementHandover")
public class ContinualImprovementHandover implements JavaDelegate {

  public static final String PROCESS = "continual-improvement";

  private final RuntimeService runtime;

  ContinualImprovementHandover(@Lazy RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("implementationId", execution.getProcessInstanceId());
    variables.put("serviceProvider", execution.getVariable("serviceProvider"));
    variables.put("scopeStatement", execution.getVariable("scopeStatement"));
    String instanceId = Context.getCommandContext().runWithoutAuthorization(() -> runtime
        .createProcessInstanceByKey(PROCESS).businessKey(execution.getProcessBusinessKey()).setVariables(variables)
        .execute().getId());
    execution.setVariable("continualImprovementId", instanceId);
  }
}
