package dev.pathway.identity;

import dev.pathway.identity.DemoProperties.DemoUser;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo users of the embedded default; their password is their id. Never active outside the demo
 * profile. Each holds responsibility roles, made members of the groups that the role mapping gives
 * those roles.
 */
@Component
@Profile("demo")
public class DemoIdentities {

  private final DemoProperties properties;
  private final RoleGroups roleGroups;

  DemoIdentities(DemoProperties properties, RoleGroups roleGroups) {
    this.properties = properties;
    this.roleGroups = roleGroups;
  }

  public void create(IdentityService identity) {
    Set<String> existing = new HashSet<>();
    identity.createUserQuery().list().forEach(user -> existing.add(user.getId()));
    for (DemoUser demoUser : properties.users()) {
      if (!existing.contains(demoUser.id())) {
        User user = identity.newUser(demoUser.id());
        user.setFirstName(demoUser.firstName());
        user.setLastName(demoUser.lastName());
        user.setEmail(demoUser.id() + "@demo.pathway.dev");
        user.setPassword(demoUser.id());
        identity.saveUser(user);
      }
      Set<String> memberOf = new HashSet<>();
      identity
          .createGroupQuery()
          .groupMember(demoUser.id())
          .list()
          .forEach(group -> memberOf.add(group.getId()));
      roleGroups.groupsOfAll(demoUser.roles()).stream()
          .filter(groupId -> !memberOf.contains(groupId))
          .forEach(groupId -> identity.createMembership(demoUser.id(), groupId));
    }
  }
}
