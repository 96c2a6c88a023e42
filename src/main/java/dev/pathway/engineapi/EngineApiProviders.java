package dev.pathway.engineapi;

import dev.pathway.faults.EngineRestFaults;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Pathway's providers for every Jersey application that serves the engine REST API: {@code
 * /engine-rest} and the web apps' {@code /camunda/api/engine}, which Tasklist and Cockpit call (its
 * servlet is registered by Camunda's web app initializer, out of Spring's reach). {@link
 * EngineRestFaults}: a task that is gone is 404, never 500 or 400 with the engine's text; {@link
 * SharedObjectMapper}. Jersey finds this class through {@code META-INF/services}; the other web app
 * APIs (Cockpit's, Admin's, Tasklist's own) are left as they are.
 */
@Priority(AutoDiscoverable.DEFAULT_PRIORITY)
public class EngineApiProviders implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (context.getConfiguration().getClasses().contains(NamedProcessEngineRestServiceImpl.class)) {
      EngineRestFaults.mappers().forEach(context::register);
      context.register(SharedObjectMapper.class);
    }
  }
}
