package dev.pathway.improvement;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Opens an improvement action (process {@code improvement-action}) for a finding, whoever raised it. */
@Component
class ImprovementActionStarter {

  static final String PROCESS = "improvement-action";

  private final RuntimeService runtime;

  ImprovementActionStarter(@Lazy RuntimeService runtime) {
    this.runtime = runtime;
  }

  void start(String businessKey, String implementationId, String finding, String source) {
    // the person who raised the finding need not be allowed to start processes: the SMS raises the action
    Context.getCommandContext().runWithoutAuthorization(() -> runtime.createProcessInstanceByKey(PROCESS)
        .businessKey(businessKey)
        .setVariables(Map.of("implementationId", implementationId, "findingText", finding, "findingSource", source))
        .execute());
  }
}
