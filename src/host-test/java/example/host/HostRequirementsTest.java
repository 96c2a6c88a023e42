package example.host;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pathway.host.MissingRequirements;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A host that lacks what Pathway needs does not start, and is told what is missing and the fix. */
class HostRequirementsTest {

  @Test
  void withoutAuthorizationsStartUpStopsNamingTheSetting() {
    assertThatThrownBy(
            () -> start(HostApplication.class, "camunda.bpm.authorization.enabled=false"))
        .rootCause()
        .isInstanceOf(MissingRequirements.class)
        .hasMessageContaining("authorizations")
        .hasMessageContaining("camunda.bpm.authorization.enabled=true");
  }

  @Test
  void aHistoryLevelWithoutVariablesStopsStartUpNamingTheLevelsThatDo() {
    assertThatThrownBy(() -> start(HostApplication.class, "camunda.bpm.history-level=activity"))
        .rootCause()
        .isInstanceOf(MissingRequirements.class)
        .hasMessageContaining("not 'activity'")
        .hasMessageContaining("camunda.bpm.history-level=full");
  }

  @Test
  void withoutSpinStartUpStopsNamingTheDependencies() {
    assertThatThrownBy(() -> start(HostWithoutSpin.class))
        .rootCause()
        .isInstanceOf(MissingRequirements.class)
        .hasMessageContaining("Camunda Spin with JSON")
        .hasMessageContaining("org.camunda.bpm:camunda-engine-plugin-spin");
  }

  @Test
  void groupIdsWithoutHyphensAndJavaSerializationAreNamedTogether() {
    assertThatThrownBy(
            () ->
                start(
                    HostApplication.class,
                    "camunda.bpm.generic-properties.properties.group-resource-whitelist-pattern=[a-z]+",
                    "camunda.bpm.default-serialization-format=application/x-java-serialized-object"))
        .rootCause()
        .isInstanceOf(MissingRequirements.class)
        .hasMessageContaining("group ids with hyphens")
        .hasMessageContaining("group-resource-whitelist-pattern")
        .hasMessageContaining("camunda.bpm.default-serialization-format=application/json");
  }

  /** The properties given as command line arguments: above the host's application.yaml. */
  private static void start(Class<?> application, String... properties) {
    new SpringApplicationBuilder(application, HostApplication.class)
        .properties(HostDatabase.inMemory())
        .properties(HostDatabase.WITHOUT_WEB)
        .run(Stream.of(properties).map(property -> "--" + property).toArray(String[]::new))
        .close();
  }

  /** A host whose engine has no Spin plugin: the starter adds none when this bean exists. */
  @Configuration
  static class HostWithoutSpin {

    @Bean
    ProcessEnginePlugin spinProcessEnginePlugin() {
      return new AbstractProcessEnginePlugin() {};
    }
  }
}
