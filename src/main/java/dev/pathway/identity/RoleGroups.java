package dev.pathway.identity;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.catalogue.Role;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The role → group mapping: configuration, not code (5.11: one person may hold several roles). */
@Component
public class RoleGroups {

  private final Map<String, List<String>> groupsByRole;

  public RoleGroups(Catalogue catalogue, RoleGroupProperties properties) {
    Map<String, List<String>> mapping = new LinkedHashMap<>();
    for (Role role : catalogue.roles()) {
      mapping.put(role.id(), List.of(role.id()));
    }
    properties
        .groups()
        .forEach(
            (roleId, groups) -> {
              if (!mapping.containsKey(roleId)) {
                throw new IllegalStateException(
                    "pathway.roles.groups."
                        + roleId
                        + " names no responsibility role of Table B.1; known roles: "
                        + mapping.keySet());
              }
              if (groups.isEmpty() || groups.stream().anyMatch(String::isBlank)) {
                throw new IllegalStateException(
                    "pathway.roles.groups." + roleId + " must name at least one group");
              }
              mapping.put(roleId, List.copyOf(groups));
            });
    this.groupsByRole = Map.copyOf(mapping);
  }

  public List<String> groupsOf(String roleId) {
    List<String> groups = groupsByRole.get(roleId);
    if (groups == null) {
      throw new IllegalArgumentException("No responsibility role '" + roleId + "'");
    }
    return groups;
  }

  /** The candidate groups of a task owned by these roles, without repeats, in role order. */
  public List<String> groupsOfAll(Collection<String> roleIds) {
    Set<String> groups = new LinkedHashSet<>();
    roleIds.forEach(roleId -> groups.addAll(groupsOf(roleId)));
    return List.copyOf(groups);
  }

  /** For models: {@code ${roleGroups.groupsOfRoles('service-owner,process-owner')}}. */
  public List<String> groupsOfRoles(String commaSeparatedRoleIds) {
    return groupsOfAll(List.of(commaSeparatedRoleIds.split("\\s*,\\s*")));
  }

  /** Every group that holds a role: the groups Pathway provisions. */
  public Set<String> allGroups() {
    Set<String> groups = new LinkedHashSet<>();
    groupsByRole.values().forEach(groups::addAll);
    return groups;
  }
}
