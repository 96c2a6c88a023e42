package dev.pathway.process;

import java.util.Arrays;

/**
 * A closed set of answers that forms offer and decision tables compare as kebab-case strings
 * ("partly", "sent-back"): the enum that implements it is the one place Java names them; a test
 * checks that the forms and tables offer exactly these values.
 */
public interface ValueSet {

  /** The value as forms submit it and decision tables compare it. */
  String value();

  static <E extends Enum<E> & ValueSet> E of(Class<E> type, String value) {
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.value().equals(value))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("'" + value + "' is not one of " + values(type)));
  }

  static <E extends Enum<E> & ValueSet> java.util.List<String> values(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(ValueSet::value).toList();
  }
}
