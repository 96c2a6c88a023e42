package dev.pathway.reports;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a report template reads: maps of names to values (the templates' expressions read map
 * entries; records have no bean getters), with dates and times in one format.
 */
final class Values {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private Values() {}

  /** name, value, name, value, …; null values are kept (the template shows them as missing). */
  static Map<String, Object> of(Object... namesAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return values;
  }

  static String when(Instant instant) {
    return instant == null ? null : WHEN.format(instant);
  }
}
