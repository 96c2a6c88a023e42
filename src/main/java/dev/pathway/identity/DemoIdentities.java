package dev.pathway.identity;

import dev.pathway.identity.DemoProperties.DemoUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The demo users of the embedded default; their password is their id. Never active outside the demo profile. */
@Component
@Profile("demo")
class DemoIdentities {

  private final DemoProperties properties;

  DemoIdentities(DemoProperties properties) {
    this.properties = properties;
  }

  void create(IdentityService identity) {
    for (DemoUser demoUser : properties.users()) {
      if (identity.createUserQuery().userId(demoUser.id()).count() == 0) {
        User user = identity.newUser(demoUser.id());
        user.setFirstName(demoUser.firstName());
        user.setLastName(demoUser.lastName());
        user.setEmail(demoUser.id() + "@demo.pathway.dev");
        user.setPassword(demoUser.id());
        identity.saveUser(user);
      }
      for (String groupId : demoUser.groups()) {
        if (identity.createUserQuery().userId(demoUser.id()).memberOfGroup(groupId).count() == 0) {
          identity.createMembership(demoUser.id(), groupId);
        }
      }
    }
  }
}
