package dev.pathway.scope;

import dev.pathway.forms.StartFormOptions;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.progress.ImplementationAccess;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The implementations whose scope may be extended: those the person starting the extension may read
 * ({@link ImplementationAccess}), offered on the start form by service provider and start date (the
 * value is the implementation's id); a value not offered is refused naming the field.
 */
@Component
class BaseImplementations implements StartFormOptions {

  private static final String FORM = "scope-extension-request";
  private static final DateTimeFormatter STARTED =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final HistoryService history;
  private final ImplementationAccess access;

  /**
   * {@code @Lazy}: the options serve the form validation plugin that is needed while the engine is
   * being built; the HistoryService is made by that engine, so injecting it directly would be a
   * circular dependency at start-up. The proxies resolve on first use.
   */
  BaseImplementations(@Lazy HistoryService history, @Lazy ImplementationAccess access) {
    this.history = history;
    this.access = access;
  }

  @Override
  public String formId() {
    return FORM;
  }

  @Override
  public String valuesKey() {
    return ScopeExtensionModel.BASE_IMPLEMENTATION_OPTIONS.name();
  }

  /**
   * Each implementation the user may read: "service provider, started 4 January 2027". Runs in the
   * user's request (the form being served) or in the command that starts the extension.
   */
  @Override
  public List<Map<String, String>> options() {
    List<HistoricProcessInstance> readable = access.readableImplementations();
    Set<String> ids =
        readable.stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
    Map<String, String> providers = new HashMap<>();
    if (!ids.isEmpty()) {
      // read as the user: who may read an implementation may read its start form's answers
      history
          .createHistoricVariableInstanceQuery()
          .variableName(ProgrammeModel.SERVICE_PROVIDER.name())
          .processInstanceIdIn(ids.toArray(String[]::new))
          .disableCustomObjectDeserialization()
          .list()
          .stream()
          .filter(variable -> variable.getValue() != null)
          .forEach(
              variable ->
                  providers.putIfAbsent(
                      variable.getProcessInstanceId(), variable.getValue().toString()));
    }
    return readable.stream()
        .map(
            instance ->
                Map.of(
                    "label",
                    providers.getOrDefault(instance.getId(), instance.getBusinessKey())
                        + ", started "
                        + STARTED.format(
                            instance.getStartTime().toInstant().atZone(ZoneId.systemDefault())),
                    "value",
                    instance.getId()))
        .toList();
  }

  /** Whether the id is that of an implementation (whoever may read it). */
  boolean exists(String implementationId) {
    return Context.getCommandContext()
            .runWithoutAuthorization(
                () ->
                    history
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(implementationId)
                        .processDefinitionKeyIn(ProgrammeModel.KEY, ScopeExtensionModel.KEY)
                        .count())
        > 0;
  }

  /** A variable of the implementation's own instance, as it last was. */
  Object variable(String implementationId, String name) {
    return access.variable(implementationId, name);
  }
}
