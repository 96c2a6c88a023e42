package dev.pathway.example;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** Runs engine calls as a demo user with their groups, as Tasklist would on their behalf. */
@Component
class ActingUser {

  private final IdentityService identity;

  ActingUser(IdentityService identity) {
    this.identity = identity;
  }

  <T> T as(String user, Supplier<T> action) {
    List<String> groups =
        identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  void run(String user, Runnable action) {
    as(
        user,
        () -> {
          action.run();
          return null;
        });
  }
}
