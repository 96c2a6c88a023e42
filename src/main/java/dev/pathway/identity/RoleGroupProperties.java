package dev.pathway.identity;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which Camunda group(s) hold each responsibility role of Table B.1, e.g. {@code
 * pathway.roles.groups.problem-management=incident-management} for a small provider where the
 * incident manager also handles problems. A role that is not listed is held by the group of the
 * same id.
 */
@ConfigurationProperties("pathway.roles")
public record RoleGroupProperties(Map<String, List<String>> groups) {

  public RoleGroupProperties {
    groups = groups == null ? Map.of() : Map.copyOf(groups);
  }
}
