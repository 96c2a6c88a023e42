package dev.pathway.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Fills the {@link StartFormOptions} into a start form as it is served, and checks against them.
 */
@Component
class StartFormFilling {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<StartFormOptions> options;

  /**
   * {@code @Lazy}: the options read the engine's history, and this serves the form validation
   * plugin that is needed while the engine is being built.
   */
  StartFormFilling(@Lazy List<StartFormOptions> options) {
    this.options = options;
  }

  /**
   * The start form with each select of a {@link StartFormOptions} holding its options; any other
   * start form as deployed (an embedded HTML form of a host application, say).
   */
  InputStream filled(InputStream deployed) {
    try (deployed) {
      byte[] bytes = deployed.readAllBytes();
      JsonNode form;
      try {
        form = JSON.readTree(bytes);
      } catch (JsonProcessingException notJson) {
        return new ByteArrayInputStream(bytes);
      }
      List<StartFormOptions> ofForm = form == null ? List.of() : ofForm(form.path("id").asText(""));
      if (ofForm.isEmpty()) {
        return new ByteArrayInputStream(bytes);
      }
      ofForm.forEach(filling -> fill(form, filling));
      return new ByteArrayInputStream(JSON.writeValueAsBytes(form));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The variables a start of this form is checked against: its options, by valuesKey. */
  Function<String, Object> valuesOf(String formId) {
    List<StartFormOptions> ofForm = ofForm(formId);
    return name ->
        ofForm.stream()
            .filter(filling -> filling.valuesKey().equals(name))
            .findFirst()
            .map(StartFormOptions::options)
            .orElse(null);
  }

  private List<StartFormOptions> ofForm(String formId) {
    return options.stream().filter(filling -> filling.formId().equals(formId)).toList();
  }

  private static void fill(JsonNode node, StartFormOptions filling) {
    if (node instanceof ObjectNode component
        && filling.valuesKey().equals(component.path("valuesKey").asText(null))) {
      component.remove("valuesKey");
      ArrayNode values = component.putArray("values");
      for (Map<String, String> option : filling.options()) {
        values.addObject().put("label", option.get("label")).put("value", option.get("value"));
      }
    }
    node.path("components").forEach(child -> fill(child, filling));
  }
}
