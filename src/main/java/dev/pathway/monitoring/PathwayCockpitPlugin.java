package dev.pathway.monitoring;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * Pathway in Cockpit (the web apps find it through {@code
 * META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}): its front end is {@code
 * plugin-webapp/pathway/app/plugin.js}, plain JavaScript, reading Pathway's own API ({@link
 * MonitoringController}) with the Cockpit login.
 */
public class PathwayCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "pathway";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(PathwayCockpitPluginRootResource.class);
  }
}
