package dev.pathway.forms;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Checks the variables of a process started without its form (by a message) against that form, as a
 * start through the form is checked: {@code ${startChecks.asForm(execution,
 * 'new-service-request')}} on the message start event.
 */
@Component("startChecks")
public class StartChecks {

  private final DeployedForms forms;
  private final SubmissionValidator validator;
  private final StartFormFilling startForms;

  StartChecks(DeployedForms forms, SubmissionValidator validator, StartFormFilling startForms) {
    this.forms = forms;
    this.validator = validator;
    this.startForms = startForms;
  }

  public void asForm(DelegateExecution execution, String formKey) {
    CommandContext context = Context.getCommandContext();
    String deploymentId =
        context
            .getProcessEngineConfiguration()
            .getDeploymentCache()
            .findDeployedProcessDefinitionById(execution.getProcessDefinitionId())
            .getDeploymentId();
    forms
        .schemaOf(deploymentId, formKey, context)
        .ifPresent(
            schema ->
                validator.validate(
                    new Submission(
                        schema,
                        execution.getVariables(),
                        startForms.valuesOf(schema.id()),
                        context.getAuthenticatedUserId(),
                        context.getAuthenticatedGroupIds())));
  }
}
