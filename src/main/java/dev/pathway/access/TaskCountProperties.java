package dev.pathway.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Large task counts in Tasklist ({@code pathway.task-counts.*}): a count of at least {@code
 * cached-from} tasks is kept for {@code time-to-live} per node and per query (the user's groups and
 * the filter's criteria), smaller counts are exact at every request. Counting tens of thousands of
 * open tasks costs the database about a tenth of a second each time, and Tasklist asks for it with
 * every list; nobody reads "54,812 tasks" as different from "54,815". {@code cached-from: 0} turns
 * the cache off.
 */
@ConfigurationProperties("pathway.task-counts")
public record TaskCountProperties(
    @DefaultValue("1000") long cachedFrom, @DefaultValue("PT10S") Duration timeToLive) {

  public TaskCountProperties {
    if (cachedFrom < 0) {
      throw new IllegalArgumentException(
          "pathway.task-counts.cached-from must be 0 (off) or more, was " + cachedFrom);
    }
    if (timeToLive.isNegative() || timeToLive.isZero()) {
      throw new IllegalArgumentException(
          "pathway.task-counts.time-to-live must be a positive duration, was " + timeToLive);
    }
  }

  boolean enabled() {
    return cachedFrom > 0;
  }
}
