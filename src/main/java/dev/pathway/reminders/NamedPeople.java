package dev.pathway.reminders;

import dev.pathway.identity.RoleGroups;
import dev.pathway.improvement.ContinualImprovementModel;
import dev.pathway.improvement.ImprovementActionModel;
import dev.pathway.process.ProcessVariable;
import dev.pathway.startup.StartUpModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * People named in forms are users: the form that names them offers the users who fit the role (a
 * select whose options the task carries), and the person named becomes the assignee or a candidate
 * of the work that is theirs. The project leader named in Annex A f) writes the detailed plan (g);
 * the improvement owner implements the improvement; the accountable senior manager holds the
 * management reviews, and the governance group's members in Pathway are their candidates. A late
 * start-up approval's escalation goes to the project leader, once named.
 */
@Component
class NamedPeople {

  /** A select of the users of a role, offered on a task. */
  private record Picker(ProcessVariable<List<Map<String, String>>> options, String role) {}

  /** Who a task goes to: the person a variable names. */
  private record Owner(ProcessVariable<?> variable, boolean assignee) {}

  private static final Map<String, List<Picker>> PICKERS =
      Map.of(
          StartUpModel.IMPLEMENTATION_BUSINESS_CASE_DECISION_TASK,
          List.of(new Picker(StartUpModel.PROJECT_LEADER_OPTIONS, "project-team")),
          ImprovementActionModel.PLAN_TASK,
          List.of(new Picker(ImprovementActionModel.IMPROVEMENT_OWNER_OPTIONS, "process-owner")),
          ContinualImprovementModel.CONTINUING_GOVERNANCE_TASK,
          List.of(
              new Picker(
                  ContinualImprovementModel.ACCOUNTABLE_SENIOR_MANAGER_OPTIONS, "top-management"),
              new Picker(ContinualImprovementModel.GOVERNANCE_GROUP_USER_OPTIONS, null)));

  private static final Map<String, List<Owner>> OWNERS =
      Map.of(
          StartUpModel.IMPLEMENTATION_PLAN_TASK,
          List.of(new Owner(StartUpModel.PROJECT_LEADER, true)),
          // a late start-up approval goes to the project leader once one is named (Annex A f);
          // until then its candidate group (the project team) chases it
          StartUpModel.GAP_ANALYSIS_APPROVAL_ESCALATION_TASK,
          List.of(new Owner(StartUpModel.PROJECT_LEADER, true)),
          StartUpModel.IMPLEMENTATION_APPROVAL_ESCALATION_TASK,
          List.of(new Owner(StartUpModel.PROJECT_LEADER, true)),
          StartUpModel.PLAN_AGREEMENT_ESCALATION_TASK,
          List.of(new Owner(StartUpModel.PROJECT_LEADER, true)),
          ImprovementActionModel.IMPLEMENT_TASK,
          List.of(new Owner(ImprovementActionModel.IMPROVEMENT_OWNER, true)),
          ContinualImprovementModel.MANAGEMENT_REVIEW_TASK,
          List.of(
              new Owner(ContinualImprovementModel.ACCOUNTABLE_SENIOR_MANAGER, true),
              new Owner(ContinualImprovementModel.GOVERNANCE_GROUP_USERS, false)));

  private final IdentityService identity;
  private final RoleGroups roleGroups;

  NamedPeople(IdentityService identity, RoleGroups roleGroups) {
    this.identity = identity;
    this.roleGroups = roleGroups;
  }

  void apply(DelegateTask task) {
    String key = task.getTaskDefinitionKey();
    List<Picker> pickers = PICKERS.get(key);
    List<Owner> owners = OWNERS.get(key);
    if (pickers == null && owners == null) {
      return;
    }
    // who holds a role is read for the form, whoever created the task
    Context.getCommandContext()
        .runWithoutAuthorization(
            () -> {
              if (pickers != null) {
                pickers.forEach(picker -> picker.options().setLocal(task, options(picker.role())));
              }
              if (owners != null) {
                owners.forEach(owner -> assign(task, owner));
              }
              return null;
            });
  }

  private void assign(DelegateTask task, Owner owner) {
    Object named = task.getVariable(owner.variable().name());
    List<String> users = new ArrayList<>();
    if (named instanceof Collection<?> list) {
      list.forEach(user -> users.add(String.valueOf(user)));
    } else if (named != null) {
      users.add(named.toString());
    }
    for (String user : users) {
      // a name from before the people picker (free text) stays a name: nobody to assign
      if (identity.createUserQuery().userId(user).count() == 1) {
        if (owner.assignee()) {
          task.setAssignee(user);
        } else {
          task.addCandidateUser(user);
        }
      }
    }
  }

  /** The users of a role's groups (or all users), as options "First Last (id)". */
  private List<Map<String, String>> options(String role) {
    Map<String, User> users = new LinkedHashMap<>();
    if (role == null) {
      identity
          .createUserQuery()
          .orderByUserLastName()
          .asc()
          .list()
          .forEach(user -> users.put(user.getId(), user));
    } else {
      for (String group : roleGroups.groupsOf(role)) {
        identity
            .createUserQuery()
            .memberOfGroup(group)
            .orderByUserLastName()
            .asc()
            .list()
            .forEach(user -> users.putIfAbsent(user.getId(), user));
      }
    }
    return users.values().stream()
        .map(
            user ->
                Map.of(
                    "value",
                    user.getId(),
                    "label",
                    (nameOf(user) + " (" + user.getId() + ")").strip()))
        .toList();
  }

  private static String nameOf(User user) {
    return ((user.getFirstName() == null ? "" : user.getFirstName())
            + " "
            + (user.getLastName() == null ? "" : user.getLastName()))
        .strip();
  }
}
