package dev.pathway.host;

import java.util.Arrays;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Keeps Pathway's models, decisions and forms out of the host's automatic deployment: the starter's
 * default resource patterns ({@code classpath*:**}{@code /*.bpmn} …) find them in Pathway's jar
 * too, and they belong to Pathway's own deployment ({@link PathwayDeployment}). Runs after every
 * plugin has set the engine up, before the engine deploys anything.
 */
@Component
class HostAutoDeploymentFilter extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration instanceof SpringProcessEngineConfiguration spring
        && spring.getDeploymentResources() != null) {
      spring.setDeploymentResources(
          Arrays.stream(spring.getDeploymentResources())
              .filter(resource -> !PathwayResources.isPathways(resource))
              .toArray(Resource[]::new));
    }
  }
}
