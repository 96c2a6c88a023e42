package dev.pathway.improvement;

import dev.pathway.programme.ProgrammeModel;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Opens an improvement action (process {@code improvement-action}) for a finding, whoever raised
 * it.
 */
@Component
class ImprovementActionStarter {

  private final RuntimeService runtime;

  ImprovementActionStarter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  void start(String businessKey, String implementationId, String finding, String source) {
    // the person who raised the finding need not be allowed to start processes: the SMS raises the
    // action
    Context.getCommandContext()
        .runWithoutAuthorization(
            () ->
                runtime
                    .createProcessInstanceByKey(ImprovementActionModel.KEY)
                    .businessKey(businessKey)
                    .setVariables(variables(implementationId, finding, source))
                    .execute());
  }

  private static Map<String, Object> variables(
      String implementationId, String finding, String source) {
    Map<String, Object> variables = new HashMap<>();
    ProgrammeModel.IMPLEMENTATION_ID.into(variables, implementationId);
    ImprovementActionModel.FINDING_TEXT.into(variables, finding);
    ImprovementActionModel.FINDING_SOURCE.into(variables, source);
    return variables;
  }
}
