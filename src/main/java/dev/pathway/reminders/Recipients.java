package dev.pathway.reminders;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Who is told about a task: its assignee, or else its candidate users and the members of its
 * candidate groups; and where a person's mail goes (the address they chose, or their Camunda
 * e-mail), unless they switched notifications (or that kind of mail) off.
 */
@Component
class Recipients {

  private final IdentityService identity;
  private final NotificationSettings settings;

  Recipients(IdentityService identity, NotificationSettings settings) {
    this.identity = identity;
    this.settings = settings;
  }

  Set<String> of(String assignee, Collection<? extends IdentityLink> links) {
    return of(assignee, links, new HashMap<>());
  }

  /** The same, reading each group's members once per {@code members} (one run over many tasks). */
  Set<String> of(
      String assignee, Collection<? extends IdentityLink> links, Map<String, Set<String>> members) {
    Set<String> users = new LinkedHashSet<>();
    if (assignee != null) {
      users.add(assignee);
      return users;
    }
    for (IdentityLink link : links) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        users.add(link.getUserId());
      } else if (link.getGroupId() != null) {
        users.addAll(
            members.computeIfAbsent(
                link.getGroupId(),
                group -> {
                  Set<String> found = new LinkedHashSet<>();
                  membersOf(group, found);
                  return found;
                }));
      }
    }
    return users;
  }

  void membersOf(String group, Set<String> users) {
    identity.createUserQuery().memberOfGroup(group).list().forEach(user -> users.add(user.getId()));
  }

  /**
   * The address of a person who wants mail of this kind ({@link Reminders#DIGEST}, …); empty when
   * they switched it (or all mail) off or have no address.
   */
  Optional<String> addressOf(String userId, String kind) {
    NotificationSettings.Settings chosen = settings.of(userId);
    if (!chosen.wants(kind)) {
      return Optional.empty();
    }
    if (chosen.email() != null) {
      return Optional.of(chosen.email());
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    return Optional.ofNullable(user)
        .map(User::getEmail)
        .filter(email -> email != null && !email.isBlank());
  }
}
