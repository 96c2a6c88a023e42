package dev.pathway.host;

import java.io.IOException;
import java.util.List;
import org.springframework.core.io.Resource;

/** Where Pathway's deployable resources and migrations live on the class path. */
final class PathwayResources {

  /** Models ({@code bpmn/}), decisions ({@code dmn/}) and forms ({@code forms/}) lie under it. */
  static final String ROOT = "pathway/";

  static final String MIGRATIONS = "classpath:pathway/db/migration";

  /** Pathway's deployable resources, each folder under {@link #ROOT}. */
  static final List<String> FOLDERS = List.of("bpmn", "dmn", "forms");

  private PathwayResources() {}

  /**
   * Whether a resource found by a class path pattern is one of Pathway's models, decisions, forms.
   */
  static boolean isPathways(Resource resource) {
    String location;
    try {
      location = resource.getURL().toString();
    } catch (IOException e) {
      return false;
    }
    for (String folder : FOLDERS) {
      if (location.contains("/" + ROOT + folder + "/")) {
        return true;
      }
    }
    return false;
  }
}
