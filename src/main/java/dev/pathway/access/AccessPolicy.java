package dev.pathway.access;

import dev.pathway.improvement.ContinualImprovementModel;
import dev.pathway.newservice.NewServiceModel;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.scope.ScopeExtensionModel;
import java.util.List;
import java.util.Map;

/**
 * Who may do what beyond their own tasks. Tasks themselves are authorized by the engine: the
 * candidate groups of a task receive read and work permission on it.
 */
public final class AccessPolicy {

  /** Process definition key → roles whose groups may start it from Tasklist or REST. */
  public static final Map<String, List<String>> STARTERS =
      Map.of(
          ProgrammeModel.KEY, List.of("top-management", "project-team"),
          NewServiceModel.KEY,
              List.of("new-service-project-team", "project-team", "top-management"),
          ScopeExtensionModel.KEY, List.of("top-management", "project-team"));

  /** Roles that watch the programme: Cockpit, progress reports, every instance read-only. */
  public static final List<String> OVERSIGHT =
      List.of(
          "top-management",
          "implementation-board",
          "project-team",
          "process-owner",
          "service-owner");

  /** Roles that may change the intervals of continual improvement (process key → roles). */
  public static final Map<String, List<String>> INSTANCE_UPDATERS =
      Map.of(ContinualImprovementModel.KEY, List.of("top-management", "implementation-board"));

  private AccessPolicy() {}
}
