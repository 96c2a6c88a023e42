/**
 * Access to Pathway at every start: the role groups exist and may use Tasklist, the oversight
 * groups Cockpit, the starters may start their processes, the shared Tasklist filters exist ({@link
 * dev.pathway.access.AccessPolicy} says who may do what). Change who may start or watch what here.
 *
 * <p>Engine internals: {@link dev.pathway.access.IdentitySetup} extends {@code
 * AbstractProcessEnginePlugin} ({@code org.camunda.bpm.engine.impl.cfg}) to run in {@code
 * postProcessEngineBuild}, before the engine serves requests. At an engine upgrade, check that this
 * hook still runs after the schema is created and before the job executor starts ({@code
 * IdentitiesTest}, {@code TasklistFiltersTest}).
 */
package dev.pathway.access;
