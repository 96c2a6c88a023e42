package dev.pathway.forms;

import java.util.List;

/**
 * An input of a Camunda Form (form-js schema) as far as the server checks it.
 *
 * @param allowedValues the static options of a select, radio, checklist or taglist; empty when none
 *     are fixed
 * @param valuesKey the variable that holds the options, when they come from the process
 * @param hideCondition the FEEL expression that hides the field, without the leading '='; null when
 *     always shown
 * @param requiredCondition the FEEL expression of the custom property {@code requiredWhen}: the
 *     field is required when it holds (e.g. a reason when the decision is "sent-back"), without the
 *     leading '='; null when not conditional
 * @param items the inputs of each item of a dynamic list (type {@code dynamiclist}, key = its
 *     {@code path}); empty for every other field
 */
public record FormField(
    String key,
    String type,
    String label,
    boolean required,
    List<String> allowedValues,
    String valuesKey,
    Double min,
    Double max,
    Integer minLength,
    Integer maxLength,
    String pattern,
    String hideCondition,
    String requiredCondition,
    List<FormField> items) {

  public FormField {
    allowedValues = List.copyOf(allowedValues);
    items = items == null ? List.of() : List.copyOf(items);
  }

  public boolean isDynamicList() {
    return "dynamiclist".equals(type);
  }

  public boolean hasOptions() {
    return !allowedValues.isEmpty() || valuesKey != null;
  }

  public boolean isMultiValued() {
    return "checklist".equals(type) || "taglist".equals(type);
  }

  /** How the error message names the field: its variable and, when there is one, its label. */
  public String name() {
    return label == null || label.isBlank() ? key : key + " ('" + label + "')";
  }
}
