/**
 * Access to Pathway: at every start the role groups exist and may use Tasklist, the oversight
 * groups Cockpit, the starters may start their processes, the shared Tasklist filters exist ({@link
 * dev.pathway.access.AccessPolicy} says who may do what); and who may see and work a task. Change
 * who may start or watch what here.
 *
 * <p>Engine internals, and what to re-check at an engine upgrade:
 *
 * <ul>
 *   <li>{@link dev.pathway.access.IdentitySetup} extends {@code AbstractProcessEnginePlugin} to run
 *       in {@code postProcessEngineBuild}, before the engine serves requests ({@code
 *       IdentitiesTest}, {@code TasklistFiltersTest}).
 *   <li>{@link dev.pathway.access.CandidateGroupAccess} extends {@code
 *       DefaultAuthorizationProvider} (no rows for candidate groups: {@code
 *       newTaskGroupIdentityLink}) and {@code AuthorizationCommandChecker} ({@code checkReadTask},
 *       {@code checkReadTaskVariable}, {@code checkTaskWork}). Check that these are still the
 *       methods the task commands call, and that {@code initCommandCheckers} still keeps a list set
 *       in {@code preInit} ({@code TaskAccessTest}, {@code ApiSecurityTest}, {@code
 *       TamperingTest}).
 *   <li>{@link dev.pathway.access.TaskAccessPlugin} parses {@code
 *       dev/pathway/access/TaskQuery.xml}, a copy of the engine's task query ({@code
 *       org/camunda/bpm/engine/impl/mapping/entity/Task.xml}, {@code selectTaskByQueryCriteria} and
 *       its count) with another authorization check, into the engine's MyBatis configuration and
 *       maps the engine's statements to it ({@code DbSqlSessionFactory#setStatementMappings}). At
 *       an upgrade, copy the new Task.xml's statements again and re-apply the change marked
 *       "Pathway" (the filter, access and scenario tests exercise every criterion Pathway uses).
 *   <li>{@link dev.pathway.access.RememberedReadMethods} replaces the property accessor of the OGNL
 *       that MyBatis ships ({@code org.apache.ibatis.ognl}), keeping its {@code
 *       getPossibleProperty} order: {@code getGetMethod}, {@code getReadMethod}, the field. At a
 *       MyBatis upgrade check that {@code ObjectPropertyAccessor} still reads properties so ({@code
 *       RememberedReadMethodsTest}).
 * </ul>
 */
package dev.pathway.access;
