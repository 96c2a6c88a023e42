package dev.pathway.phase;

/** The inputs of the phase exit decision (DMN {@code phase-exit}). */
record ExitInputs(int phase, int activityCount, int unfinishedCount, double unfinishedShare, int characteristicsUnmet,
    double characteristicsUnmetShare) {
}
