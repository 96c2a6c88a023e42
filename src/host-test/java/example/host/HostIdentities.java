package example.host;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * The host's own people and settings, made at its first start as a host application would: group
 * {@code accounting} with its user {@code alice}, their authorizations for the expense process and
 * Tasklist, and the Tasklist filter "Expenses".
 */
@Component
class HostIdentities extends AbstractProcessEnginePlugin {

  static final String GROUP = "accounting";
  static final String USER = "alice";
  static final String PASSWORD = "alice-secret";
  static final String FILTER = "Expenses";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createGroupQuery().groupId(GROUP).count() > 0) {
      return;
    }
    Group group = identity.newGroup(GROUP);
    group.setName("Accounting");
    identity.saveGroup(group);
    User user = identity.newUser(USER);
    user.setFirstName("Alice");
    user.setLastName("Host");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(USER, GROUP);

    AuthorizationService authorizations = engine.getAuthorizationService();
    grant(authorizations, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(
        authorizations,
        Resources.PROCESS_DEFINITION,
        "expense-approval",
        Permissions.READ,
        Permissions.CREATE_INSTANCE);
    grant(authorizations, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);

    Filter filter =
        engine
            .getFilterService()
            .newTaskFilter(FILTER)
            .setQuery(engine.getTaskService().createTaskQuery().taskCandidateGroup(GROUP))
            .setProperties(Map.of("description", "Expenses to approve", "priority", 0));
    engine.getFilterService().saveFilter(filter);
    grant(authorizations, Resources.FILTER, filter.getId(), Permissions.READ);
  }

  private static void grant(
      AuthorizationService authorizations,
      Resources resource,
      String resourceId,
      Permissions... permissions) {
    Authorization authorization =
        authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(GROUP);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permissions permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }
}
