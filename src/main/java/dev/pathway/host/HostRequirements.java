package dev.pathway.host;

import dev.pathway.identity.RoleGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * What Pathway needs from the engine it runs in, checked before the engine starts: start-up stops
 * with every requirement that is missing, each named with its fix ({@link MissingRequirements}).
 */
@Component
class HostRequirements extends AbstractProcessEnginePlugin {

  /** The engine's own default when no whitelist pattern is set. */
  private static final String ENGINE_DEFAULT_WHITELIST = "[a-zA-Z0-9]+|camunda-admin";

  private static final String SPIN_PLUGIN = "org.camunda.spin.plugin.impl.SpinProcessEnginePlugin";
  private static final String SPIN_JSON_FORMAT =
      "org.camunda.spin.impl.json.jackson.format.JacksonJsonDataFormat";

  private final RoleGroups roleGroups;

  HostRequirements(RoleGroups roleGroups) {
    this.roleGroups = roleGroups;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    List<String> missing = missing(configuration);
    if (!missing.isEmpty()) {
      throw new MissingRequirements(missing);
    }
  }

  List<String> missing(ProcessEngineConfigurationImpl configuration) {
    List<String> missing = new ArrayList<>();
    if (!configuration.isAuthorizationEnabled()) {
      missing.add(
          "authorizations: role holders may only see and work on their own groups' tasks. "
              + "Set camunda.bpm.authorization.enabled=true");
    }
    if (!keepsWhatPathwayReads(configuration.getHistoryLevel())) {
      missing.add(
          "a history level that keeps process instances, tasks and variables (audit, full or pathway), not '"
              + configuration.getHistoryLevel().getName()
              + "'. Set camunda.bpm.history-level=full (or pathway)");
    }
    if (!hasSpinJson(configuration)) {
      missing.add(
          "Camunda Spin with JSON: lists and maps are stored as JSON. Add the dependencies "
              + "org.camunda.bpm:camunda-engine-plugin-spin and "
              + "org.camunda.spin:camunda-spin-dataformat-json-jackson");
    }
    if (!Variables.SerializationDataFormats.JSON
        .getName()
        .equals(configuration.getDefaultSerializationFormat())) {
      missing.add(
          "JSON as the default serialization format, not '"
              + configuration.getDefaultSerializationFormat()
              + "'. Set camunda.bpm.default-serialization-format=application/json");
    }
    if (!ClassUtils.isPresent(
        "org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig",
        HostRequirements.class.getClassLoader())) {
      missing.add(
          "the engine's REST API: Tasklist and Pathway's clients use it. Add the dependency "
              + "org.camunda.bpm.springboot:camunda-bpm-spring-boot-starter-rest");
    }
    List<String> refusedGroupIds = refusedGroupIds(configuration);
    if (!refusedGroupIds.isEmpty()) {
      missing.add(
          "group ids with hyphens for the role groups (e.g. "
              + refusedGroupIds.get(0)
              + "). Set camunda.bpm.generic-properties.properties.group-resource-whitelist-pattern="
              + "\"[a-zA-Z0-9-]+|camunda-admin\"");
    }
    return missing;
  }

  private static boolean keepsWhatPathwayReads(HistoryLevel level) {
    return level != null
        && level.isHistoryEventProduced(HistoryEventTypes.PROCESS_INSTANCE_START, null)
        && level.isHistoryEventProduced(HistoryEventTypes.TASK_INSTANCE_COMPLETE, null)
        && level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, null);
  }

  private static boolean hasSpinJson(ProcessEngineConfigurationImpl configuration) {
    ClassLoader loader = HostRequirements.class.getClassLoader();
    if (!ClassUtils.isPresent(SPIN_JSON_FORMAT, loader)
        || !ClassUtils.isPresent(SPIN_PLUGIN, loader)) {
      return false;
    }
    Class<?> spinPlugin = ClassUtils.resolveClassName(SPIN_PLUGIN, loader);
    return plugins(configuration.getProcessEnginePlugins()).anyMatch(spinPlugin::isInstance);
  }

  /** The Spring Boot starter hands the engine its plugins in composites. */
  private static Stream<ProcessEnginePlugin> plugins(List<ProcessEnginePlugin> plugins) {
    return plugins.stream()
        .flatMap(
            plugin ->
                plugin instanceof CompositeProcessEnginePlugin composite
                    ? plugins(composite.getPlugins())
                    : Stream.of(plugin));
  }

  private List<String> refusedGroupIds(ProcessEngineConfigurationImpl configuration) {
    String pattern = configuration.getGroupResourceWhitelistPattern();
    if (pattern == null || pattern.isBlank()) {
      pattern = configuration.getGeneralResourceWhitelistPattern();
    }
    if (pattern == null || pattern.isBlank()) {
      pattern = ENGINE_DEFAULT_WHITELIST;
    }
    Pattern allowed = Pattern.compile(pattern);
    return roleGroups.allGroups().stream()
        .filter(groupId -> !allowed.matcher(groupId).matches())
        .sorted()
        .toList();
  }
}
