package dev.pathway.tasklist;

import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/**
 * Pathway's Tasklist plugin, found by the web apps through {@code META-INF/services}: its script
 * and style are {@code plugin-webapp/pathway-tasklist-documents/app/plugin.js} and {@code
 * plugin.css} in Pathway's jar, served by Tasklist under {@code
 * /camunda/api/tasklist/plugin/pathway-tasklist-documents/static/app/} ({@link Assets}), with the
 * modules it imports ({@code common.js}, {@code notifications.js}). It adds the "Documents" tab to
 * a task's detail (plugin point {@code tasklist.task.detail}) and "My notifications" to Tasklist's
 * header (plugin point {@code tasklist.navbar.action}): a person's e-mail notifications and
 * calendar link.
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

  /** Serves the plugin's script, its modules and its style (only those) from the jar. */
  @Path("plugin/" + ID)
  public static class Assets extends AbstractTasklistPluginRootResource {

    static final List<String> MODULES = List.of("app/common.js", "app/notifications.js");

    public Assets() {
      super(ID);
      allowedAssets = new ArrayList<>(allowedAssets);
      allowedAssets.addAll(MODULES);
    }
  }
}
