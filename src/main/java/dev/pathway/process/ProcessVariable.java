package dev.pathway.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A process variable with its name and its Java type, declared once in the holder of its process,
 * in the style of holunda's camunda-bpm-data ({@code stringVariable("orderId")}). Reading converts
 * what the engine holds (Tasklist submits numbers as Long or Double, checklists as Spin JSON) to
 * the declared type; writing stores the form the forms and decision tables read (lists and maps as
 * JSON, value sets as their kebab-case value).
 *
 * <p>Why not camunda-bpm-data itself: it is written in Kotlin (its standard library would come
 * along for a few getters), and it has no factory for JSON lists as Tasklist submits them or for
 * value sets stored as strings.
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Function<Object, T> reader;
  private final Function<T, Object> writer;

  private ProcessVariable(String name, Function<Object, T> reader, Function<T, Object> writer) {
    this.name = name;
    this.reader = reader;
    this.writer = writer;
  }

  public static ProcessVariable<String> string(String name) {
    return new ProcessVariable<>(
        name, value -> value == null ? null : value.toString(), text -> text);
  }

  public static ProcessVariable<Integer> integer(String name) {
    return new ProcessVariable<>(
        name, value -> value == null ? null : ((Number) value).intValue(), number -> number);
  }

  public static ProcessVariable<Double> decimal(String name) {
    return new ProcessVariable<>(
        name, value -> value == null ? null : ((Number) value).doubleValue(), number -> number);
  }

  public static ProcessVariable<Boolean> bool(String name) {
    return new ProcessVariable<>(
        name, value -> value == null ? null : (Boolean) value, flag -> flag);
  }

  public static ProcessVariable<Date> date(String name) {
    return new ProcessVariable<>(name, value -> (Date) value, date -> date);
  }

  /**
   * A list of strings held as JSON: what a checklist or taglist submits, and what Pathway writes
   * for forms.
   */
  public static ProcessVariable<List<String>> stringList(String name) {
    return new ProcessVariable<>(name, ProcessVariable::strings, JsonValues::list);
  }

  /**
   * Options of a checklist or taglist ({@code valuesKey}): a list of {value, label} held as JSON.
   */
  public static ProcessVariable<List<Map<String, String>>> options(String name) {
    return new ProcessVariable<>(name, ProcessVariable::optionList, JsonValues::spinList);
  }

  /** A map of strings held as JSON, e.g. the current state of each process area. */
  public static ProcessVariable<Map<String, String>> stringMap(String name) {
    return new ProcessVariable<>(name, ProcessVariable::stringMapOf, JsonValues::map);
  }

  /**
   * A decision table's result as the engine maps it ({@code resultList} or {@code singleResult}).
   */
  public static ProcessVariable<Object> decisionResult(String name) {
    return new ProcessVariable<>(name, value -> value, value -> value);
  }

  /**
   * One of a value set, stored as its value (e.g. "partly"), as forms and decision tables compare
   * it.
   */
  public static <E extends Enum<E> & ValueSet> ProcessVariable<E> valueOf(
      String name, Class<E> type) {
    return new ProcessVariable<>(
        name,
        value -> value == null ? null : ValueSet.of(type, value.toString()),
        chosen -> chosen == null ? null : chosen.value());
  }

  public String name() {
    return name;
  }

  /** The value as the scope sees it (its own, else its parents'), null when not set. */
  public T get(VariableScope scope) {
    return reader.apply(plain(scope.getVariable(name)));
  }

  public Optional<T> find(VariableScope scope) {
    return Optional.ofNullable(get(scope));
  }

  public T getOrDefault(VariableScope scope, T fallback) {
    T value = get(scope);
    return value == null ? fallback : value;
  }

  public boolean isSetIn(VariableScope scope) {
    return scope.hasVariable(name);
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, writer.apply(value));
  }

  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, writer.apply(value));
  }

  /** The value as the engine stores it: for a start or message variable map and for mappings. */
  public Object stored(T value) {
    return writer.apply(value);
  }

  /** Reads a value from a map of variables, e.g. those a process was started with. */
  public T from(Map<String, ?> variables) {
    return reader.apply(plain(variables.get(name)));
  }

  /** Puts the value into a map of variables as the engine stores it. */
  public Map<String, Object> into(Map<String, Object> variables, T value) {
    variables.put(name, writer.apply(value));
    return variables;
  }

  private static Object plain(Object value) {
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }

  private static List<String> strings(Object value) {
    List<String> strings = new ArrayList<>();
    if (value instanceof Collection<?> list) {
      list.forEach(item -> strings.add(String.valueOf(item)));
    } else if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements()
          .forEach(item -> strings.add(item.isString() ? item.stringValue() : item.toString()));
    }
    return strings;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, String>> optionList(Object value) {
    List<Map<String, String>> options = new ArrayList<>();
    if (value instanceof Collection<?> list) {
      list.forEach(item -> options.add(stringMapOf(item)));
    } else if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(item -> options.add(stringMapOf(item)));
    }
    return options;
  }

  private static Map<String, String> stringMapOf(Object value) {
    Map<String, String> map = new LinkedHashMap<>();
    if (value instanceof Map<?, ?> entries) {
      entries.forEach(
          (key, entry) ->
              map.put(String.valueOf(key), entry == null ? null : String.valueOf(entry)));
    } else if (value instanceof SpinJsonNode json && json.isObject()) {
      json.fieldNames()
          .forEach(
              key ->
                  map.put(
                      key,
                      json.prop(key).isNull()
                          ? null
                          : json.prop(key).isString()
                              ? json.prop(key).stringValue()
                              : json.prop(key).toString()));
    }
    return map;
  }

  /** JSON values as forms read them: never Java-serialised. */
  private static final class JsonValues {

    private static final ObjectMapper WRITER = new ObjectMapper();

    static Object list(Collection<?> values) {
      return values == null
          ? null
          : Variables.objectValue(new ArrayList<>(values))
              .serializationDataFormat(Variables.SerializationDataFormats.JSON)
              .create();
    }

    /**
     * As Spin JSON: Tasklist submits a taglist's or checklist's answer with the type of its options
     * variable, and Pathway refuses a serialized object in a submission.
     */
    static Object spinList(Collection<?> values) {
      if (values == null) {
        return null;
      }
      try {
        return SpinValues.jsonValue(WRITER.writeValueAsString(values)).create();
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("Options that cannot be written as JSON: " + values, e);
      }
    }

    static Object map(Map<String, String> values) {
      return values == null
          ? null
          : Variables.objectValue(new LinkedHashMap<>(values))
              .serializationDataFormat(Variables.SerializationDataFormats.JSON)
              .create();
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
