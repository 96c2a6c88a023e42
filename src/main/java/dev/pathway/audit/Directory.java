package dev.pathway.audit;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who is who, read by Pathway whatever the person at the keyboard may read: the members of groups
 * (as options of a select) and the groups of a user.
 */
@Component
public class Directory {

  /**
   * Looked up when first used: the engine's form validation needs this before the engine is built.
   */
  private final ObjectProvider<IdentityService> identities;

  Directory(ObjectProvider<IdentityService> identities) {
    this.identities = identities;
  }

  /** The users of these groups as {value: id, label: "Name (id)"}, without repeats, by name. */
  public List<Map<String, String>> membersOf(List<String> groups) {
    return privileged(
        () ->
            groups.stream()
                .flatMap(
                    group ->
                        identities
                            .getObject()
                            .createUserQuery()
                            .memberOfGroup(group)
                            .list()
                            .stream())
                .map(user -> Map.of("value", user.getId(), "label", label(user)))
                .distinct()
                .sorted((a, b) -> a.get("label").compareToIgnoreCase(b.get("label")))
                .toList());
  }

  public List<String> groupsOf(String userId) {
    return privileged(
        () ->
            identities.getObject().createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList());
  }

  /** "Ada Brandt (ada)", or the id alone for a user who is not (or no longer) known. */
  public String nameOf(String userId) {
    User user =
        privileged(() -> identities.getObject().createUserQuery().userId(userId).singleResult());
    return user == null ? userId : label(user);
  }

  private static String label(User user) {
    String name =
        ((user.getFirstName() == null ? "" : user.getFirstName())
                + " "
                + (user.getLastName() == null ? "" : user.getLastName()))
            .strip();
    return name.isEmpty() ? user.getId() : name + " (" + user.getId() + ")";
  }

  /** Reads as Pathway, whatever the person at the keyboard may read. */
  public static <T> T privileged(Supplier<T> read) {
    return Context.getCommandContext() == null
        ? read.get()
        : Context.getCommandContext().runWithoutAuthorization(read::get);
  }
}
