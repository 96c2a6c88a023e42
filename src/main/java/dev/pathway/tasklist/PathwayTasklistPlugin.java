package dev.pathway.tasklist;

import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * Pathway's Tasklist plugin, found by the web apps through {@code META-INF/services}: its script
 * and style are {@code plugin-webapp/pathway-tasklist-documents/app/plugin.js} and {@code
 * plugin.css} in Pathway's jar, served by Tasklist under {@code
 * /camunda/api/tasklist/plugin/pathway-tasklist-documents/static/app/}. It adds the "Documents" tab
 * to a task's detail (plugin point {@code tasklist.task.detail}).
 */
public class PathwayTasklistPlugin extends AbstractTasklistPlugin {

  public static final String ID = "pathway-tasklist-documents";

  @Override
  public String getId() {
    return ID;
  }
}
