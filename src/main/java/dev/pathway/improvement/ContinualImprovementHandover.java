package dev.pathway.improvement;

import static dev.pathway.programme.ProgrammeModel.CONTINUAL_IMPROVEMENT_ID;
import static dev.pathway.programme.ProgrammeModel.IMPLEMENTATION_ID;
import static dev.pathway.programme.ProgrammeModel.SCOPE_STATEMENT;
import static dev.pathway.programme.ProgrammeModel.SERVICE_PROVIDER;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * After the Phase 3 gate: starts continual improvement (clause 8) for the implementation, under its
 * business key, with the implementation id, the service provider and the scope.
 */
@Component("continualImprovementHandover")
public class ContinualImprovementHandover implements JavaDelegate {

  private final RuntimeService runtime;

  ContinualImprovementHandover(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> variables = new HashMap<>();
    IMPLEMENTATION_ID.into(variables, execution.getProcessInstanceId());
    SERVICE_PROVIDER.into(variables, SERVICE_PROVIDER.get(execution));
    SCOPE_STATEMENT.into(variables, SCOPE_STATEMENT.get(execution));
    String instanceId =
        Context.getCommandContext()
            .runWithoutAuthorization(
                () ->
                    runtime
                        .createProcessInstanceByKey(ContinualImprovementModel.KEY)
                        .businessKey(execution.getProcessBusinessKey())
                        .setVariables(variables)
                        .execute()
                        .getId());
    CONTINUAL_IMPROVEMENT_ID.set(execution, instanceId);
  }
}
