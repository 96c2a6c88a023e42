package dev.pathway.benchmark.scale;

import java.util.List;

/**
 * How the implementations came to be: found in the database (reused) and seeded now, with the wall
 * time and the time of one implementation and of its Phase 1 plan adjustment.
 */
record SeedingFigures(
    long found,
    int seeded,
    int threads,
    long nanos,
    List<Long> nanosPerImplementation,
    List<Long> nanosPerPlanAdjustment) {

  double seconds() {
    return nanos / 1e9;
  }
}
