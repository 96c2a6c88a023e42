package dev.pathway.monitoring;

import jakarta.ws.rs.Path;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/**
 * Serves the plugin's assets to Cockpit: {@code
 * /camunda/api/cockpit/plugin/pathway/static/app/plugin.js} (and {@code plugin.css}), from {@code
 * plugin-webapp/pathway/app} in Pathway's jar.
 */
@Path("plugin/" + PathwayCockpitPlugin.ID)
public class PathwayCockpitPluginRootResource extends AbstractCockpitPluginRootResource {

  public PathwayCockpitPluginRootResource() {
    super(PathwayCockpitPlugin.ID);
  }
}
