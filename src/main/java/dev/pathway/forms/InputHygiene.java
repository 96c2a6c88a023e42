package dev.pathway.forms;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;

/**
 * What no answer may hold, whatever its field and whether the form shows it or not, since the
 * engine stores it as sent: a serialized object (a Java, JSON or XML object sent as type {@code
 * Object}; reading it would deserialize whatever the caller chose), a value that cannot be read,
 * and characters that cannot be stored or that disguise what a text says: control characters other
 * than tab, line feed and carriage return (C0, DEL, C1; PostgreSQL refuses NUL in text), and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
 */
public final class InputHygiene {

  private InputHygiene() {}

  /**
   * Why this submitted value cannot be taken, as the end of a message that begins with the field's
   * name.
   */
  public static Optional<String> problem(Object submitted) {
    if (submitted instanceof ObjectValue) {
      return Optional.of("must be a plain value, not a serialized object");
    }
    if (submitted instanceof SerializableValue serialized && !FormValues.isReadable(serialized)) {
      return Optional.of("cannot be read as " + serialized.getType().getName());
    }
    return Optional.ofNullable(forbiddenCharacter(FormValues.plain(submitted)))
        .map(InputHygiene::describe);
  }

  /**
   * The first forbidden character in the text of the value (texts, and texts in lists and maps), or
   * null.
   */
  private static Integer forbiddenCharacter(Object value) {
    if (value instanceof String text) {
      return text.codePoints()
          .filter(c -> isControl(c) || isBidiControl(c))
          .boxed()
          .findFirst()
          .orElse(null);
    }
    if (value instanceof Collection<?> list) {
      return list.stream()
          .map(InputHygiene::forbiddenCharacter)
          .filter(c -> c != null)
          .findFirst()
          .orElse(null);
    }
    if (value instanceof Map<?, ?> map) {
      Integer inKeys = forbiddenCharacter(map.keySet());
      return inKeys != null ? inKeys : forbiddenCharacter(map.values());
    }
    return null;
  }

  static boolean isControl(int c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f;
  }

  static boolean isBidiControl(int c) {
    return c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
  }

  private static String describe(int c) {
    String code = String.format("U+%04X", c);
    return isControl(c)
        ? "contains a control character (" + code + ") that cannot be stored"
        : "contains a bidirectional control character (" + code + ") that could disguise the text";
  }
}
