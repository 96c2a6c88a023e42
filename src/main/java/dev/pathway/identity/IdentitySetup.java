package dev.pathway.identity;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.catalogue.Role;
import dev.pathway.roles.RoleGroups;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Makes sure, at every start, that each group holding a responsibility role exists and may use Tasklist, that
 * the oversight groups may use Cockpit, that the starters may start their processes, and that the shared Tasklist
 * filters exist. Idempotent: an existing group, grant or filter is left as it is.
 */
@Component
class IdentitySetup extends AbstractProcessEnginePlugin {

  private final Catalogue catalogue;
  private final RoleGroups roleGroups;
  private final TasklistFilters filters;
  private final ObjectProvider<DemoIdentities> demoIdentities;

  IdentitySetup(Catalogue catalogue, RoleGroups roleGroups, TasklistFilters filters,
      ObjectProvider<DemoIdentities> demoIdentities) {
    this.catalogue = catalogue;
    this.roleGroups = roleGroups;
    this.filters = filters;
    this.demoIdentities = demoIdentities;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (String groupId : roleGroups.allGroups()) {
      createGroupIfMissing(identity, groupId);
      grant(authorizations, groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(authorizations, groupId, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    }
    AccessPolicy.STARTERS.forEach((processKey, roles) -> groupsOf(roles).forEach(groupId -> {
      grant(authorizations, groupId, Resources.PROCESS_DEFINITION, processKey, Permissions.CREATE_INSTANCE);
      grant(authorizations, groupId, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }));
    AccessPolicy.INSTANCE_UPDATERS.forEach((processKey, roles) -> groupsOf(roles).forEach(groupId ->
        grant(authorizations, groupId, Resources.PROCESS_DEFINITION, processKey, Permissions.UPDATE_INSTANCE)));
    groupsOf(AccessPolicy.OVERSIGHT).forEach(groupId -> {
      grant(authorizations, groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(authorizations, groupId, Resources.PROCESS_DEFINITION, Authorization.ANY,
          Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
      grant(authorizations, groupId, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
      grant(authorizations, groupId, Resources.DECISION_DEFINITION, Authorization.ANY,
          Permissions.READ, Permissions.READ_HISTORY);
    });
    demoIdentities.ifAvailable(demo -> demo.create(identity));
    filters.createMissing(engine, roleGroups.allGroups());
  }

  private Set<String> groupsOf(List<String> roles) {
    return roles.stream().flatMap(role -> roleGroups.groupsOf(role).stream()).collect(Collectors.toSet());
  }

  private void createGroupIfMissing(IdentityService identity, String groupId) {
    if (identity.createGroupQuery().groupId(groupId).count() > 0) {
      return;
    }
    Group group = identity.newGroup(groupId);
    group.setName(readableName(groupId));
    group.setType(Groups.GROUP_TYPE_WORKFLOW);
    identity.saveGroup(group);
  }

  /** The role's name where the group is the role's own; else the names of the roles it holds. */
  private String readableName(String groupId) {
    return catalogue.roles().stream()
        .filter(role -> roleGroups.groupsOf(role.id()).contains(groupId))
        .map(Role::name)
        .collect(Collectors.joining(", "));
  }

  static void grant(AuthorizationService authorizations, String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    Authorization authorization = existing != null ? existing
        : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    boolean changed = existing == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }
}
