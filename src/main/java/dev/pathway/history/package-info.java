/**
 * What the engine keeps in its history, and for how long: the history level {@code pathway} and the
 * history cleanup configured in {@code application.yaml} (batch window, removal time from the end
 * of the root instance).
 *
 * <p>Engine internals: {@link dev.pathway.history.PathwayHistoryLevel} implements {@code
 * HistoryLevel} and {@link dev.pathway.history.HistoryLevelPlugin} extends {@code
 * AbstractProcessEnginePlugin}, both in {@code org.camunda.bpm.engine.impl}. At an engine upgrade,
 * check that {@code HistoryEventTypes} still names the variable update detail and form property
 * events, and that custom history levels are still registered in {@code preInit} before the engine
 * resolves its history level ({@code HistoryLevelTest}).
 */
package dev.pathway.history;
