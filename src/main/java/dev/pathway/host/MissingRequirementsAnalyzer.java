package dev.pathway.host;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up stopped by {@link MissingRequirements}: the requirements as a list, without a stack. */
class MissingRequirementsAnalyzer extends AbstractFailureAnalyzer<MissingRequirements> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingRequirements cause) {
    return new FailureAnalysis(
        "Pathway cannot start in this Camunda engine. It needs:\n"
            + cause.requirements().stream()
                .map(requirement -> "  - " + requirement)
                .collect(Collectors.joining("\n")),
        "Meet the requirements above (README.md, 'Add Pathway to your Camunda application').",
        cause);
  }
}
