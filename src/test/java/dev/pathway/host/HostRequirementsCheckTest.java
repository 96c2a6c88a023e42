package dev.pathway.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.catalogue.CatalogueLoader;
import dev.pathway.identity.RoleGroupProperties;
import dev.pathway.identity.RoleGroups;
import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * What Pathway checks of the engine it is added to, each requirement with its fix, and how the
 * host's automatic deployment is kept free of Pathway's files. (A whole host application that lacks
 * a requirement: the host-test module's {@code HostRequirementsTest}.)
 */
class HostRequirementsCheckTest {

  private final HostRequirements requirements = new HostRequirements(roleGroups());

  @Test
  void anEngineWithoutWhatPathwayNeedsIsToldEachRequirementAndItsFix() {
    StandaloneInMemProcessEngineConfiguration engine =
        new StandaloneInMemProcessEngineConfiguration();
    engine.setAuthorizationEnabled(false);
    engine.setHistoryLevel(HistoryLevel.HISTORY_LEVEL_ACTIVITY);
    engine.setGroupResourceWhitelistPattern("[a-z]+");

    assertThat(requirements.missing(engine))
        .anyMatch(missing -> missing.contains("camunda.bpm.authorization.enabled=true"))
        .anyMatch(missing -> missing.contains("not 'activity'"))
        .anyMatch(missing -> missing.contains("Camunda Spin with JSON"))
        .anyMatch(
            missing ->
                missing.contains("camunda.bpm.default-serialization-format=application/json"))
        .anyMatch(missing -> missing.contains("group ids with hyphens for the role groups (e.g. "));
    assertThatThrownBy(() -> requirements.postInit(engine))
        .isInstanceOfSatisfying(
            MissingRequirements.class,
            missing -> {
              FailureAnalysis analysis =
                  new MissingRequirementsAnalyzer().analyze(missing, missing);
              assertThat(analysis.getDescription())
                  .startsWith("Pathway cannot start in this Camunda engine. It needs:\n  - ");
              assertThat(analysis.getAction()).contains("Add Pathway to your Camunda application");
            });
  }

  @Test
  void theHostsAutomaticDeploymentKeepsItsOwnFilesAndLosesPathways() {
    SpringProcessEngineConfiguration engine = new SpringProcessEngineConfiguration();
    Resource hosts = new ClassPathResource("application.yaml");
    engine.setDeploymentResources(
        new Resource[] {
          new ClassPathResource("pathway/bpmn/sms-implementation.bpmn"),
          hosts,
          new ClassPathResource("pathway/forms/phase-activity.form"),
          new ClassPathResource("pathway/dmn/phase-exit.dmn")
        });

    new HostAutoDeploymentFilter().postInit(engine);

    assertThat(engine.getDeploymentResources()).containsExactly(hosts);
  }

  private static RoleGroups roleGroups() {
    try (InputStream yaml =
        HostRequirementsCheckTest.class.getResourceAsStream("/pathway/standard/tr-20000-5.yaml")) {
      Catalogue catalogue = CatalogueLoader.load(yaml, "tr-20000-5.yaml");
      return new RoleGroups(catalogue, new RoleGroupProperties(Map.of()));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
