package dev.pathway.access;

import java.util.List;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;

/**
 * Read by {@code TaskQuery.xml}: whether a task query is Tasklist's everyday one, "open tasks of
 * these candidate groups". Then the candidate groups are checked with an EXISTS probe instead of a
 * join of the identity links, and the query needs no DISTINCT: the database can read the tasks in
 * the order asked for and stop at the page's end.
 */
public final class TaskQueryShape {

  private TaskQueryShape() {}

  public static boolean candidateGroupsOnly(TaskQueryImpl query) {
    List<TaskQueryImpl> queries = query.getQueries();
    if (queries == null || queries.size() != 1) {
      return false;
    }
    TaskQueryImpl only = queries.get(0);
    List<String> groups = only.getCandidateGroups();
    return groups != null
        && !groups.isEmpty()
        && only.getCandidateUser() == null
        && only.getCandidateGroupLike() == null
        && only.getInvolvedUser() == null
        && !Boolean.TRUE.equals(only.isWithCandidateGroups())
        && !Boolean.TRUE.equals(only.isWithCandidateUsers())
        && !only.isOrQueryActive()
        && orderedWithoutRelations(query);
  }

  /**
   * Whether every task the query can return is one the user may read anyway: the query asks only
   * for open tasks of candidate groups, and the user is a member of each of them ({@link
   * CandidateGroupAccess}). Then the authorization check adds nothing and is left out of the SQL.
   */
  public static boolean candidatesImplyAccess(TaskQueryImpl query) {
    if (!candidateGroupsOnly(query) || query.getAuthCheck() == null) {
      return false;
    }
    List<String> memberOf = query.getAuthCheck().getAuthGroupIds();
    return memberOf != null && memberOf.containsAll(query.getQueries().get(0).getCandidateGroups());
  }

  private static boolean orderedWithoutRelations(TaskQueryImpl query) {
    List<QueryOrderingProperty> ordering = query.getOrderingProperties();
    return ordering == null
        || ordering.stream().allMatch(property -> property.getRelation() == null);
  }
}
