package dev.pathway.documents;

import dev.pathway.access.AccessPolicy;
import dev.pathway.identity.RoleGroups;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a document (Table B.1 DOC c 3): its owning group and documentation
 * management write it; its owning group, its reader groups, documentation management and the
 * oversight groups read it; administrators read everything. To anyone else it does not exist.
 */
@Component
class DocumentAccess {

  static final String DOCUMENTATION_MANAGEMENT = "documentation-management";

  private final IdentityService identity;
  private final RoleGroups roleGroups;

  DocumentAccess(IdentityService identity, RoleGroups roleGroups) {
    this.identity = identity;
    this.roleGroups = roleGroups;
  }

  String currentUser() {
    return authentication().getUserId();
  }

  /** Who acts in an engine call: the authenticated user, or the engine itself (a job). */
  String actor() {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null ? "engine" : authentication.getUserId();
  }

  boolean mayRead(Document document) {
    Set<String> readers = new HashSet<>(writers(document.ownerGroup()));
    readers.addAll(document.readerGroups());
    readers.addAll(roleGroups.groupsOfAll(AccessPolicy.OVERSIGHT));
    readers.add(Groups.CAMUNDA_ADMIN);
    return memberOfAny(readers);
  }

  boolean mayWrite(String ownerGroup) {
    return memberOfAny(writers(ownerGroup));
  }

  /** Whether the group is one of Pathway's role groups, the only owners a document may have. */
  boolean isRoleGroup(String groupId) {
    return roleGroups.allGroups().contains(groupId);
  }

  /**
   * Who writes a document the group owns, and reviews it: the owning group first, then
   * documentation management.
   */
  Set<String> writers(String ownerGroup) {
    Set<String> writers = new LinkedHashSet<>();
    writers.add(ownerGroup);
    writers.addAll(roleGroups.groupsOf(DOCUMENTATION_MANAGEMENT));
    return writers;
  }

  private boolean memberOfAny(Set<String> groups) {
    List<String> mine = authentication().getGroupIds();
    return mine != null && mine.stream().anyMatch(groups::contains);
  }

  private Authentication authentication() {
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication == null) {
      throw new IllegalStateException("The register is used only by authenticated requests");
    }
    return authentication;
  }
}
