/**
 * What every Pathway process shares: typed process variables ({@link
 * dev.pathway.process.ProcessVariable}) and value sets ({@link dev.pathway.process.ValueSet}),
 * business keys, the texts a task shows, who completed a task, and how Pathway's API reports the
 * engine's refusals.
 */
package dev.pathway.process;
