package dev.pathway.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the inputs of a form-js schema (schemaVersion 16, as Tasklist 7.24 renders it). */
public final class FormSchemaParser {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> INPUT_TYPES =
      Set.of(
          "textfield",
          "textarea",
          "number",
          "checkbox",
          "checklist",
          "radio",
          "select",
          "taglist",
          "datetime");
  private static final Pattern TEMPLATE_VARIABLE =
      Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> CONTAINER_TYPES = Set.of("group");
  private static final String DYNAMIC_LIST = "dynamiclist";

  private FormSchemaParser() {}

  public static FormSchema parse(InputStream form) throws IOException {
    JsonNode root = JSON.readTree(form);
    List<FormField> fields = new ArrayList<>();
    collect(root.path("components"), null, fields);
    Set<String> shown = new HashSet<>();
    collectTemplateVariables(root.path("components"), shown);
    fields.forEach(field -> shown.remove(field.key()));
    Set<String> mentioned = new HashSet<>();
    collectNames(root.path("components"), mentioned);
    return new FormSchema(root.path("id").asText(null), fields, shown, mentioned);
  }

  /**
   * Every word-like token in the components' texts: a FEEL expression, a template or a key can only
   * use a variable by writing its name, so a variable not among these is not used by the form.
   */
  private static void collectNames(JsonNode node, Set<String> names) {
    if (node.isTextual()) {
      Matcher name = NAME.matcher(node.asText());
      while (name.find()) {
        names.add(name.group());
      }
    }
    node.forEach(child -> collectNames(child, names));
  }

  /** The variables named in the templates ({@code {{name}}}) of the text views. */
  private static void collectTemplateVariables(JsonNode components, Set<String> names) {
    for (JsonNode component : components) {
      if ("text".equals(component.path("type").asText())) {
        Matcher variable = TEMPLATE_VARIABLE.matcher(component.path("text").asText(""));
        while (variable.find()) {
          names.add(variable.group(1));
        }
      }
      collectTemplateVariables(component.path("components"), names);
    }
  }

  private static void collect(JsonNode components, String inheritedHide, List<FormField> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      String hide = combine(inheritedHide, hideCondition(component));
      if (CONTAINER_TYPES.contains(type)) {
        collect(component.path("components"), hide, fields);
      } else if (DYNAMIC_LIST.equals(type) && component.hasNonNull("path")) {
        // a dynamic list submits a list of items under its path, each item with its own inputs
        List<FormField> items = new ArrayList<>();
        collect(component.path("components"), null, items);
        fields.add(
            new FormField(
                component.path("path").asText(),
                type,
                component.path("label").asText(null),
                false,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                hide,
                null,
                items));
      } else if (INPUT_TYPES.contains(type) && component.hasNonNull("key")) {
        fields.add(field(component, type, hide));
      }
    }
  }

  private static FormField field(JsonNode component, String type, String hide) {
    JsonNode validate = component.path("validate");
    List<String> values = new ArrayList<>();
    component.path("values").forEach(option -> values.add(option.path("value").asText()));
    return new FormField(
        component.path("key").asText(),
        type,
        component.path("label").asText(component.path("dateLabel").asText(null)),
        validate.path("required").asBoolean(false),
        values,
        component.path("valuesKey").asText(null),
        validate.has("min") ? validate.get("min").asDouble() : null,
        validate.has("max") ? validate.get("max").asDouble() : null,
        validate.has("minLength") ? validate.get("minLength").asInt() : null,
        validate.has("maxLength") ? validate.get("maxLength").asInt() : null,
        validate.path("pattern").asText(null),
        hide,
        feel(component.path("properties").path("requiredWhen").asText(null)),
        List.of());
  }

  private static String hideCondition(JsonNode component) {
    return feel(component.path("conditional").path("hide").asText(null));
  }

  private static String feel(String expression) {
    if (expression == null || expression.isBlank()) {
      return null;
    }
    return expression.startsWith("=") ? expression.substring(1) : expression;
  }

  /** A field inside a hidden group is hidden too. */
  private static String combine(String outer, String inner) {
    if (outer == null) {
      return inner;
    }
    return inner == null ? outer : "(" + outer + ") or (" + inner + ")";
  }
}
