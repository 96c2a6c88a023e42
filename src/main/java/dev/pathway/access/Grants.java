package dev.pathway.access;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * The group grants Pathway wants, checked against what exists with one query at start-up: only what
 * is missing is written, so a restart costs one read.
 */
final class Grants {

  private final AuthorizationService authorizations;
  private final Map<String, Authorization> existing = new HashMap<>();

  Grants(AuthorizationService authorizations, String... groupIds) {
    this.authorizations = authorizations;
    authorizations
        .createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupIds)
        .list()
        .forEach(
            authorization ->
                existing.put(
                    key(
                        authorization.getGroupId(),
                        authorization.getResourceType(),
                        authorization.getResourceId()),
                    authorization));
  }

  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    String key = key(groupId, resource.resourceType(), resourceId);
    Authorization authorization = existing.get(key);
    boolean changed = authorization == null;
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      existing.put(key, authorizations.saveAuthorization(authorization));
    }
  }

  private static String key(String groupId, int resourceType, String resourceId) {
    return groupId + "|" + resourceType + "|" + resourceId;
  }
}
