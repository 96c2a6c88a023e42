package dev.pathway.access;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.catalogue.Role;
import dev.pathway.identity.DemoIdentities;
import dev.pathway.identity.RoleGroups;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Makes sure, at every start, that each group holding a responsibility role exists and may use
 * Tasklist, that the oversight groups may use Cockpit, that the starters may start their processes,
 * and that the shared Tasklist filters exist. Idempotent: an existing group, grant or filter is
 * left as it is.
 */
@Component
class IdentitySetup extends AbstractProcessEnginePlugin {

  private final Catalogue catalogue;
  private final RoleGroups roleGroups;
  private final TasklistFilters filters;
  private final ObjectProvider<DemoIdentities> demoIdentities;

  IdentitySetup(
      Catalogue catalogue,
      RoleGroups roleGroups,
      TasklistFilters filters,
      ObjectProvider<DemoIdentities> demoIdentities) {
    this.catalogue = catalogue;
    this.roleGroups = roleGroups;
    this.filters = filters;
    this.demoIdentities = demoIdentities;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    Set<String> groups = roleGroups.allGroups();
    Set<String> existingGroups =
        identity.createGroupQuery().list().stream().map(Group::getId).collect(Collectors.toSet());
    groups.stream()
        .filter(groupId -> !existingGroups.contains(groupId))
        .forEach(groupId -> createGroup(identity, groupId));

    // administrators (the host's, too) pass every authorization check: they get no grants
    Grants grants = new Grants(engine.getAuthorizationService(), groups.toArray(String[]::new));
    for (String groupId : groups) {
      grants.grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grants.grant(groupId, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    }
    AccessPolicy.STARTERS.forEach(
        (processKey, roles) ->
            groupsOf(roles)
                .forEach(
                    groupId -> {
                      grants.grant(
                          groupId,
                          Resources.PROCESS_DEFINITION,
                          processKey,
                          Permissions.CREATE_INSTANCE);
                      grants.grant(
                          groupId,
                          Resources.PROCESS_INSTANCE,
                          Authorization.ANY,
                          Permissions.CREATE);
                    }));
    AccessPolicy.INSTANCE_UPDATERS.forEach(
        (processKey, roles) ->
            groupsOf(roles)
                .forEach(
                    groupId ->
                        grants.grant(
                            groupId,
                            Resources.PROCESS_DEFINITION,
                            processKey,
                            Permissions.UPDATE_INSTANCE)));
    groupsOf(AccessPolicy.OVERSIGHT)
        .forEach(
            groupId -> {
              grants.grant(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
              grants.grant(
                  groupId,
                  Resources.PROCESS_DEFINITION,
                  Authorization.ANY,
                  Permissions.READ,
                  Permissions.READ_INSTANCE,
                  Permissions.READ_HISTORY);
              grants.grant(
                  groupId, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
              grants.grant(
                  groupId,
                  Resources.DECISION_DEFINITION,
                  Authorization.ANY,
                  Permissions.READ,
                  Permissions.READ_HISTORY);
            });
    demoIdentities.ifAvailable(demo -> demo.create(identity));
    filters.createMissing(engine, grants, groups);
  }

  private Set<String> groupsOf(List<String> roles) {
    return roles.stream()
        .flatMap(role -> roleGroups.groupsOf(role).stream())
        .collect(Collectors.toSet());
  }

  private void createGroup(IdentityService identity, String groupId) {
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
}
