package dev.pathway.tasklist;

import jakarta.ws.rs.Path;
import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/**
 * Pathway's Tasklist plugin, found by the web apps through {@code META-INF/services}: its script
 * and style are {@code plugin-webapp/pathway-tasklist-documents/app/plugin.js} and {@code
 * plugin.css} in Pathway's jar, served by Tasklist under {@code
 * /camunda/api/tasklist/plugin/pathway-tasklist-documents/static/app/} ({@link Assets}). It adds
 * the "Documents" tab to a task's detail (plugin point {@code tasklist.task.detail}).
 */
public class PathwayTasklistPlugin extends AbstractTasklistPlugin {

  public static final String ID = "pathway-tasklist-documents";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(Assets.class);
  }

  /** Serves the plugin's script and style (only those two) from the jar. */
  @Path("plugin/" + ID)
  public static class Assets extends AbstractTasklistPluginRootResource {
    public Assets() {
      super(ID);
    }
  }
}
