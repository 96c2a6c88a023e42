package dev.pathway.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * What the engine REST API tells about the engine's operation rather than the work: metrics,
 * telemetry, the schema log, jobs and job definitions, incidents, batches, history cleanup and the
 * error details of failed jobs and external tasks. Only administrators (the engine's admin groups
 * and users, {@code camunda-admin}) read or change them; everybody else is refused with 403 before
 * the engine is asked. Cockpit and Admin keep their own API.
 */
final class OperatorData {

  static final String REFUSAL =
      "Engine metrics, telemetry, jobs, incidents and other operator data are for "
          + "administrators (camunda-admin) only";

  /**
   * Paths of the engine REST API, also under {@code /engine/{name}}; decoded, as Jersey matches
   * them.
   */
  private static final Pattern PATHS =
      Pattern.compile(
          "^(?:/engine/[^/]+)?/(?:"
              + "metrics|telemetry|schema/log|job-definition|job|incident|batch"
              + "|history/(?:job-log|incident|batch|cleanup)"
              + "|external-task/[^/]+/errorDetails|history/external-task-log/[^/]+/error-details"
              + ")(?:/.*)?$");

  private OperatorData() {}

  static boolean isRequested(HttpServletRequest request) {
    String path = request.getPathInfo();
    return path != null && PATHS.matcher(path.replaceAll("/{2,}", "/")).matches();
  }

  static boolean isAdministrator(ProcessEngine engine) {
    Authentication user = engine.getIdentityService().getCurrentAuthentication();
    if (user == null) {
      return false;
    }
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getAdminUsers() != null
            && configuration.getAdminUsers().contains(user.getUserId())
        || configuration.getAdminGroups() != null
            && user.getGroupIds() != null
            && user.getGroupIds().stream().anyMatch(configuration.getAdminGroups()::contains);
  }
}
