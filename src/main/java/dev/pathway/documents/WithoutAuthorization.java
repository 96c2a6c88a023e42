package dev.pathway.documents;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls without the engine's authorization checks, for what the register has already
 * allowed by its own rules (an author submitting a version; whether an implementation exists; what
 * a task's worker may see of its implementation).
 */
@Component
public class WithoutAuthorization {

  private final ProcessEngineConfigurationImpl configuration;

  WithoutAuthorization(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  public <T> T run(Callable<T> call) {
    return configuration
        .getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(call));
  }
}
