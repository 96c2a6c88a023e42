package dev.pathway.phase;

/** One row of a phase plan. */
public record PlannedActivity(String areaId, String activityId, PlanOrigin origin) {}
