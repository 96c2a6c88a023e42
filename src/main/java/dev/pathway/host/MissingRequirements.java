package dev.pathway.host;

import java.util.List;

/** The engine lacks what Pathway needs: each item names the requirement and its fix. */
public class MissingRequirements extends IllegalStateException {

  private final List<String> requirements;

  MissingRequirements(List<String> requirements) {
    super(
        "Pathway cannot start in this Camunda engine; it needs "
            + String.join("; ", requirements)
            + " (README.md, 'Add Pathway to your Camunda application')");
    this.requirements = List.copyOf(requirements);
  }

  public List<String> requirements() {
    return requirements;
  }
}
