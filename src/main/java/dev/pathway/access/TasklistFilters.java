package dev.pathway.access;

import dev.pathway.phase.PhaseModel;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/** The shared Tasklist filters a role holder wants, created once and shown to every role group. */
@Component
class TasklistFilters {

  static final String GOVERNANCE_TASK_KEYS = "%Decision";

  private record SharedFilter(
      String name,
      String description,
      int priority,
      boolean forRoleGroups,
      UnaryOperator<TaskQuery> criteria) {}

  private static final List<SharedFilter> FILTERS =
      List.of(
          new SharedFilter(
              "My tasks",
              "Tasks assigned to me",
              -20,
              true,
              query -> query.taskAssigneeExpression("${currentUser()}")),
          new SharedFilter(
              "My groups' tasks",
              "Open tasks for the responsibility roles I hold",
              -15,
              true,
              query -> query.taskCandidateGroupInExpression("${currentUserGroups()}")),
          new SharedFilter(
              "Governance decisions",
              "Approvals and gate decisions waiting for my board or management group",
              -10,
              true,
              query ->
                  query
                      .taskCandidateGroupInExpression("${currentUserGroups()}")
                      .taskDefinitionKeyLike(GOVERNANCE_TASK_KEYS)),
          phaseFilter(1),
          phaseFilter(2),
          phaseFilter(3),
          new SharedFilter(
              "Overdue",
              "My groups' tasks past their due date (the phase's target end, the next cycle)",
              -1,
              true,
              query ->
                  query
                      .taskCandidateGroupInExpression("${currentUserGroups()}")
                      .dueBeforeExpression("${now()}")),
          new SharedFilter(
              "All tasks",
              "Every open task of every implementation (administrators)",
              0,
              false,
              UnaryOperator.identity()));

  private static SharedFilter phaseFilter(int phase) {
    return new SharedFilter(
        "Phase " + phase + " activities",
        "Table B.1 activities of Phase " + phase + " for my roles",
        -5 + phase,
        true,
        query ->
            query
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .processVariableValueEquals(PhaseModel.PHASE.name(), phase));
  }

  void createMissing(ProcessEngine engine, Grants grants, Collection<String> roleGroups) {
    FilterService filterService = engine.getFilterService();
    Map<String, Filter> existing = new HashMap<>();
    filterService
        .createFilterQuery()
        .list()
        .forEach(filter -> existing.putIfAbsent(filter.getName(), filter));
    for (SharedFilter shared : FILTERS) {
      Filter filter = existing.get(shared.name());
      if (filter == null) {
        filter =
            filterService
                .newTaskFilter(shared.name())
                .setQuery(shared.criteria().apply(engine.getTaskService().createTaskQuery()))
                .setProperties(
                    Map.<String, Object>of(
                        "description",
                        shared.description(),
                        "priority",
                        shared.priority(),
                        "refresh",
                        true));
        filterService.saveFilter(filter);
      }
      String filterId = filter.getId();
      if (shared.forRoleGroups()) {
        roleGroups.forEach(
            group -> grants.grant(group, Resources.FILTER, filterId, Permissions.READ));
      }
    }
  }
}
