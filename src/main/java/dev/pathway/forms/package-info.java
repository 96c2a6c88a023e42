/**
 * Server-side validation of Camunda Forms: every submission is checked against the form it belongs
 * to, in the command that would complete the task or start the process, before the engine writes
 * anything.
 *
 * <h2>Engine internals used here (fenced in this package)</h2>
 *
 * <p>Camunda 7 has no public hook that sees the submitted variables of every completion and start,
 * so this package replaces three engine services and runs engine commands itself. Every way in
 * passes the check: REST {@code task/{id}/complete} and {@code submit-form}, {@code
 * process-definition/.../start} and {@code submit-form} (the REST resources call the services
 * below), Tasklist (the same REST resources under {@code /camunda/api/engine}), Java callers of
 * {@code TaskService}, {@code FormService} and {@code RuntimeService}, and message starts (through
 * {@link dev.pathway.forms.StartChecks} on the start event, as no service sees their variables).
 *
 * <ul>
 *   <li>{@code AbstractProcessEnginePlugin.preInit(ProcessEngineConfigurationImpl)} with {@code
 *       ProcessEngineConfigurationImpl.setTaskService / setFormService / setRuntimeService} ({@link
 *       dev.pathway.forms.FormValidationPlugin}).
 *   <li>{@code TaskServiceImpl}, {@code FormServiceImpl}, {@code RuntimeServiceImpl} subclassed,
 *       using their protected field {@code commandExecutor} ({@link
 *       dev.pathway.forms.ValidatingServices}). Overridden: {@code complete(String, Map)}, {@code
 *       completeWithVariablesInReturn(String, Map, boolean)}; {@code submitTaskForm(String, Map)},
 *       {@code submitTaskFormWithVariablesInReturn(String, Map, boolean)}, {@code submitStartForm}
 *       and {@code submitStartFormData} (with and without business key), {@code
 *       getDeployedStartForm} (a start form is served with the options that depend on who opens it,
 *       {@link dev.pathway.forms.StartFormOptions}); {@code createProcessInstanceById(String)},
 *       {@code createProcessInstanceByKey(String)}. Relied on: the other overloads funnel into
 *       these ({@code complete(String)}, {@code submitTaskFormData}, {@code
 *       startProcessInstanceByKey/ById(...)}).
 *   <li>Commands built with their constructors: {@code CompleteTaskCmd(String, Map, boolean,
 *       boolean)}, {@code SubmitTaskFormCmd(String, Map, boolean, boolean)}, {@code
 *       SubmitStartFormCmd(String, String, Map)}, {@code GetTaskFormCmd(String)} (run with
 *       authorization: an outsider gets 403, not a validation message), {@code
 *       GetStartFormCmd(String)}, {@code GetCamundaFormDefinitionCmd(CamundaFormRef, String)},
 *       {@code GetDeploymentResourceCmd(String, String)}; {@code CamundaFormRefImpl(String,
 *       String)} and {@code DefaultFormHandler.FORM_REF_BINDING_DEPLOYMENT}.
 *   <li>{@code ProcessInstantiationBuilderImpl.createProcessInstanceById/ByKey(CommandExecutor,
 *       String)}, {@code getProcessDefinitionId()}, {@code getProcessDefinitionKey()}, {@code
 *       getVariables()}: a start through a builder runs its command through our {@code
 *       CommandExecutor}, which checks first.
 *   <li>{@code CommandContext} ({@code getTaskManager().findTaskById}, {@code getAuthentication},
 *       {@code runWithoutAuthorization}, {@code getAuthenticatedUserId/GroupIds}), {@code
 *       TaskEntity.getVariable}, {@code Context.getCommandContext / getProcessEngineConfiguration}
 *       and the deployment cache ({@code findDeployedLatestProcessDefinitionByKey}, {@code
 *       findDeployedProcessDefinitionById}).
 *   <li>{@code FormFieldValidationException(Object, String)}: what a refused submission throws; the
 *       engine REST answers it with 400 on {@code complete} and {@code submit-form}, and {@code
 *       dev.pathway.faults.EngineRestFaults} makes it 400 on {@code /start} and {@code /message}
 *       too.
 *   <li>The FEEL engine of the decisions: {@code
 *       ProcessEngineConfigurationImpl.getDmnEngineConfiguration()} as {@code
 *       DefaultDmnEngineConfiguration.getFeelEngine()} ({@code FeelEngine} of {@code
 *       dmn.feel.impl}).
 * </ul>
 *
 * <h2>At an engine upgrade, re-check</h2>
 *
 * <ol>
 *   <li>The signatures above still compile, and the constructors' boolean flags still mean
 *       (returnVariables, deserializeReturnedVariables).
 *   <li>The public overloads still funnel into the overridden methods, and no new public method
 *       completes a task or starts a process around them (read {@code TaskServiceImpl}, {@code
 *       FormServiceImpl}, {@code RuntimeServiceImpl}).
 *   <li>The REST resources still call these service methods: {@code TaskResourceImpl.complete /
 *       submit}, {@code ProcessDefinitionResourceImpl.startProcessInstance} (a builder from {@code
 *       createProcessInstanceById}), {@code submitForm} and {@code getDeployedStartForm}.
 *   <li>A refused submission still answers 400 with the message on every door.
 * </ol>
 *
 * The tests that prove it: {@code FormValidationOverRestTest} (REST task {@code submit-form} and
 * {@code complete}, start {@code submit-form} and {@code /start}, serialized objects and control
 * characters; 400 and the task stays open), {@code TamperingTest} (fields not on the form; a
 * message start checked like its start form), {@code
 * PhasesTest.oneBoardMemberCannotCastBothVotesOfAGate} and {@code
 * achievedNeedsEvidenceAndNotApplicableAJustification} (Java {@code TaskService}), and {@code
 * FeelEngineOfTheFormsTest} (the unit tests' FEEL engine is the engine's kind). Tasklist runs in
 * {@code src/test/ui/tasklist-smoke.mjs}, outside {@code ./mvnw verify}.
 *
 * <p>Not checked here: variables written without completing ({@code setVariables}, {@code
 * task/{id}/variables}, which the authorization setup keeps from candidates), and variables sent
 * with {@code handleBpmnError} or {@code handleEscalation}.
 */
package dev.pathway.forms;
