package dev.pathway.process;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Every implementation, service project and scope extension has a business key: its sub-processes,
 * continual improvement, improvement actions and messages find it by that key. When the starter
 * gives none (the field is optional in Tasklist), one is made from the service provider or service
 * name.
 */
@Component("businessKeys")
public class BusinessKeys {

  private static final int MAX_SLUG = 40;

  public void ensure(DelegateExecution execution, String nameVariable) {
    if (execution.getProcessBusinessKey() != null && !execution.getProcessBusinessKey().isBlank()) {
      return;
    }
    Object name = execution.getVariable(nameVariable);
    String slug =
        name == null
            ? ""
            : name.toString()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    slug = slug.length() > MAX_SLUG ? slug.substring(0, MAX_SLUG).replaceAll("-$", "") : slug;
    String suffix = execution.getProcessInstanceId().substring(0, 8);
    execution.setProcessBusinessKey(
        (slug.isEmpty() ? execution.getProcessDefinitionId().split(":")[0] : slug) + "-" + suffix);
  }
}
