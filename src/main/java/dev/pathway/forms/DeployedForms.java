package dev.pathway.forms;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.form.handler.DefaultFormHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.springframework.stereotype.Component;

/**
 * The parsed schema of each deployed Camunda Form, read once per form definition (deployed forms
 * never change).
 */
@Component
class DeployedForms {

  private final Map<String, FormSchema> byDefinitionId = new ConcurrentHashMap<>();
  private final Map<String, FormSchema> byDeploymentAndKey = new ConcurrentHashMap<>();

  /**
   * The Camunda Form referenced by this task or start event, if it has one ({@code
   * camunda:formRef}).
   */
  Optional<FormSchema> schemaOf(FormData formData, CommandContext context) {
    if (formData == null
        || formData.getCamundaFormRef() == null
        || formData.getCamundaFormRef().getKey() == null) {
      return Optional.empty();
    }
    CamundaFormRef ref = formData.getCamundaFormRef();
    if (DefaultFormHandler.FORM_REF_BINDING_DEPLOYMENT.equals(ref.getBinding())) {
      return schemaOf(formData.getDeploymentId(), ref.getKey(), context);
    }
    return lookUp(ref, formData.getDeploymentId(), context);
  }

  /**
   * A form of the deployment, by its id; forms bound to their deployment never change, so it is
   * looked up once.
   */
  Optional<FormSchema> schemaOf(String deploymentId, String formKey, CommandContext context) {
    String key = deploymentId + "/" + formKey;
    FormSchema known = byDeploymentAndKey.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<FormSchema> schema =
        lookUp(
            new CamundaFormRefImpl(formKey, DefaultFormHandler.FORM_REF_BINDING_DEPLOYMENT),
            deploymentId,
            context);
    schema.ifPresent(found -> byDeploymentAndKey.put(key, found));
    return schema;
  }

  private Optional<FormSchema> lookUp(
      CamundaFormRef ref, String deploymentId, CommandContext context) {
    CamundaFormDefinition definition =
        context.runWithoutAuthorization(new GetCamundaFormDefinitionCmd(ref, deploymentId));
    if (definition == null) {
      return Optional.empty();
    }
    return Optional.of(
        byDefinitionId.computeIfAbsent(definition.getId(), id -> parse(definition, context)));
  }

  private FormSchema parse(CamundaFormDefinition definition, CommandContext context) {
    try (InputStream form =
        context.runWithoutAuthorization(
            new GetDeploymentResourceCmd(
                definition.getDeploymentId(), definition.getResourceName()))) {
      return FormSchemaParser.parse(form);
    } catch (IOException e) {
      throw new IllegalStateException(
          "Form " + definition.getKey() + " cannot be read: " + e.getMessage(), e);
    }
  }
}
