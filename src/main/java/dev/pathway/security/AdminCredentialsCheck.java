package dev.pathway.security;

import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Outside the demo, Pathway has no default identity: the first administrator must come from the environment.
 * Stops start-up early, with a message that says what to set, when it does not.
 */
public class AdminCredentialsCheck implements EnvironmentPostProcessor, Ordered {

  static final List<String> REQUIRED = List.of("PATHWAY_ADMIN_USER", "PATHWAY_ADMIN_PASSWORD");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of("postgres"))) {
      return;
    }
    List<String> missing = REQUIRED.stream()
        .filter(name -> environment.getProperty(name) == null || environment.getProperty(name).isBlank())
        .toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("Pathway on PostgreSQL has no default administrator: set " + String.join(" and ", missing)
          + " to the id and password of the first administrator (see README.md, 'Run on PostgreSQL')");
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
