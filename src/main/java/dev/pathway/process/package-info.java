/**
 * What every Pathway process shares: typed process variables ({@link
 * dev.pathway.process.ProcessVariable}) and value sets ({@link dev.pathway.process.ValueSet}),
 * business keys, the texts a task shows and who completed a task. How the APIs report failures is
 * in {@code dev.pathway.faults}.
 */
package dev.pathway.process;
