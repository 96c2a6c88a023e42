package dev.pathway.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Turns submitted variable values (typed values, Spin JSON from Tasklist) into plain Java values.
 */
final class FormValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormValues() {}

  /**
   * The value as plain Java: null for a serialized object or a value that cannot be read, which
   * {@link InputHygiene} refuses; so that conditions and rules reading it cannot fail.
   */
  static Object plain(Object value) {
    if (value instanceof SerializableValue serialized && !isReadable(serialized)) {
      return null;
    }
    if (value instanceof TypedValue typed) {
      value = typed.getValue();
    }
    if (value instanceof SpinJsonNode json) {
      try {
        return JSON.readValue(json.toString(), Object.class);
      } catch (JsonProcessingException e) {
        return json.toString();
      }
    }
    return value;
  }

  /**
   * Whether a serialized value can be read: a serialized object is not (reading it would
   * deserialize whatever the caller chose), and JSON or XML sent as text (Tasklist sends lists as
   * JSON) may not parse.
   */
  static boolean isReadable(SerializableValue value) {
    if (value instanceof ObjectValue object) {
      return object.isDeserialized();
    }
    try {
      value.getValue();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  static boolean isEmpty(Object value, String type) {
    if (value == null) {
      return true;
    }
    if ("checkbox".equals(type)) {
      return Boolean.FALSE.equals(value);
    }
    if (value instanceof String text) {
      return text.isBlank();
    }
    return value instanceof Collection<?> list && list.isEmpty();
  }

  static Double number(Object value) {
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    if (value instanceof String text) {
      try {
        return new BigDecimal(text.strip()).doubleValue();
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  static String format(double number) {
    return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
  }

  /**
   * The values of options held in a variable: a list of {label, value} objects or of plain values.
   */
  static List<String> optionValues(Object options) {
    Object plain = plain(options);
    List<String> values = new ArrayList<>();
    if (plain instanceof Collection<?> list) {
      for (Object option : list) {
        values.add(
            option instanceof Map<?, ?> map
                ? String.valueOf(map.get("value"))
                : String.valueOf(option));
      }
    }
    return values;
  }
}
