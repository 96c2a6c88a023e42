package dev.pathway.forms;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts the server-side form check in front of the engine's services (see {@link
 * ValidatingServices}).
 */
@Component
class FormValidationPlugin extends AbstractProcessEnginePlugin {

  private final FormGuard guard;
  private final TaskPresentations presentations;

  FormValidationPlugin(FormGuard guard, TaskPresentations presentations) {
    this.guard = guard;
    this.presentations = presentations;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTaskService(new ValidatingServices.Tasks(guard));
    configuration.setFormService(new ValidatingServices.Forms(guard, presentations));
    configuration.setRuntimeService(new ValidatingServices.Runtime(guard));
  }
}
