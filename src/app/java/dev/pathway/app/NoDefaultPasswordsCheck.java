package dev.pathway.app;

import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * No default passwords outside the demo. Stops start-up early, with a message that says what to do,
 * when
 *
 * <ul>
 *   <li>the {@code postgres} profile runs without its first administrator from the environment, or
 *   <li>the {@code demo} profile (users whose password is their id) would run on a database other
 *       than the embedded H2, unless {@code pathway.demo.allow-external-database=true} says so on
 *       purpose (the PostgreSQL test suite).
 * </ul>
 */
public class NoDefaultPasswordsCheck implements EnvironmentPostProcessor, Ordered {

  public static final List<String> REQUIRED =
      List.of("PATHWAY_ADMIN_USER", "PATHWAY_ADMIN_PASSWORD");

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.acceptsProfiles(Profiles.of("postgres"))) {
      List<String> missing =
          REQUIRED.stream()
              .filter(
                  name ->
                      environment.getProperty(name) == null
                          || environment.getProperty(name).isBlank())
              .toList();
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "Pathway on PostgreSQL has no default administrator: set "
                + String.join(" and ", missing)
                + " to the id and password of the first administrator (see README.md, 'Run on PostgreSQL')");
      }
    }
    String url = environment.getProperty("spring.datasource.url", "");
    if (environment.acceptsProfiles(Profiles.of("demo"))
        && !url.startsWith("jdbc:h2:")
        && !environment.getProperty("pathway.demo.allow-external-database", Boolean.class, false)) {
      throw new IllegalStateException(
          "The demo profile creates users whose password is their id and runs only on the "
              + "embedded H2 database, not on "
              + url
              + ": run with the postgres profile (see README.md, 'Run on PostgreSQL')");
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
