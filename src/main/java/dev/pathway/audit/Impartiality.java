package dev.pathway.audit;

import dev.pathway.catalogue.Activity;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.identity.RoleGroups;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Table B.1 Monitor, measure, review and internal audit h): "The selection of auditors and conduct
 * of audits is objective and impartial." An auditor does not audit their own area: an area is an
 * auditor's own when they are a member of a group that holds a responsibility role of one of the
 * area's Table B.1 activities (through the configured role → group mapping). So an auditor who is
 * also the incident manager does not audit incident management, and the audit group, responsible
 * for the internal audit rows d)–k), does not audit "Monitor, measure, review and internal audit"
 * itself.
 */
@Component
public class Impartiality {

  private final Catalogue catalogue;
  private final RoleGroups roleGroups;
  private final Directory directory;

  Impartiality(Catalogue catalogue, RoleGroups roleGroups, Directory directory) {
    this.catalogue = catalogue;
    this.roleGroups = roleGroups;
    this.directory = directory;
  }

  /** The groups that carry out the area's activities: who acts on a finding in it. */
  public List<String> groupsOfArea(String areaId) {
    return roleGroups.groupsOfAll(
        catalogue.area(areaId).activities().stream()
            .map(Activity::roles)
            .flatMap(List::stream)
            .distinct()
            .toList());
  }

  /** The auditor's groups that carry out activities of the area; empty when impartial. */
  public List<String> conflicts(String auditor, String areaId) {
    Set<String> own = Set.copyOf(directory.groupsOf(auditor));
    return groupsOfArea(areaId).stream().filter(own::contains).toList();
  }

  /** Why the auditor may not audit the area, or null when they may. */
  public String refusal(String auditor, String areaId) {
    List<String> conflicts = conflicts(auditor, areaId);
    if (conflicts.isEmpty()) {
      return null;
    }
    return directory.nameOf(auditor)
        + " may not audit "
        + catalogue.area(areaId).name()
        + ": as a member of "
        + conflicts.stream().collect(Collectors.joining(", "))
        + " they carry out activities of that area, and nobody audits their own area"
        + " (Table B.1 Monitor, measure, review and internal audit h))";
  }
}
