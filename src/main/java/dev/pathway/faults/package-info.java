/**
 * What people are told when something goes wrong, and what Pathway does so that less goes wrong.
 *
 * <ul>
 *   <li>One decision for every failure ({@link dev.pathway.faults.Fault}): the engine REST API
 *       ({@link dev.pathway.faults.EngineRestFaults}), Pathway's API ({@link
 *       dev.pathway.faults.ApiFaults}) and failures that escape a filter ({@link
 *       dev.pathway.faults.FaultBarrier}) answer alike: the engine's refusals with the engine's
 *       status (403, 404, 400), a concurrent change 409, a value the database cannot store 400, the
 *       database down 503, anything else 500 with a reference to the server log; never SQL,
 *       internal class names or stack frames.
 *   <li>Task completions ({@link dev.pathway.faults.TaskCompletion}): 404 for a task that is gone,
 *       one completion at a time per process instance, and a completion that still collides with a
 *       concurrent change is run again ({@link dev.pathway.faults.CompletionRetry}).
 * </ul>
 *
 * <h2>Engine internals used here</h2>
 *
 * <ul>
 *   <li>{@code AbstractProcessEnginePlugin.preInit} with {@code
 *       ProcessEngineConfigurationImpl.get/setCustomPreCommandInterceptorsTxRequired}, {@code
 *       CommandInterceptor} (its {@code next}), {@code Context.getCommandContext()}; the commands
 *       {@code CompleteTaskCmd} and {@code SubmitTaskFormCmd} recognised by type.
 *   <li>{@code CommandContext.getDbSqlSession().getSqlSession().getConnection()} and {@code
 *       getProcessEngineConfiguration().getDatabaseTablePrefix()}: the completion reads {@code
 *       ACT_RU_TASK} ({@code ID_}, {@code PROC_INST_ID_}) and locks the process instance's row of
 *       {@code ACT_RU_EXECUTION} ({@code SELECT ... FOR UPDATE}) in the engine's transaction.
 *   <li>The engine REST API's {@code ExceptionDto}, {@code ExceptionHandlerHelper.fromException}
 *       and {@code RestException}; {@code FormFieldValidationException} (what a refused form
 *       throws).
 * </ul>
 *
 * <p>At an engine upgrade, re-check that custom pre-interceptors still run before the Spring
 * transaction interceptor ({@code CompletionRetryTest}), that the two tables keep those columns
 * ({@code PeopleWorkingAtTheSameTimeTest}, {@code RefusalsTest}), and that the REST resources still
 * wrap engine exceptions in {@code RestException} with the cause ({@code RefusalsTest}).
 */
package dev.pathway.faults;
