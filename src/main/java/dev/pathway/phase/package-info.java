/**
 * One phase of Annex B ({@link dev.pathway.phase.PhaseModel}): the tailored plan, the activity
 * tasks of Table B.1 with their records, the Phase 3 close, and the gate at its end ({@link
 * dev.pathway.phase.GateModel}): achievement analysis, DMN exit decision, four-eyes board votes.
 */
package dev.pathway.phase;
