package dev.pathway.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessApplicationDeploymentBuilder;
import org.camunda.bpm.engine.repository.ResumePreviousBy;
import org.camunda.bpm.engine.spring.application.SpringProcessApplication;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Pathway's process application: its models, decisions and forms ({@code pathway/bpmn}, {@code
 * pathway/dmn}, {@code pathway/forms} on the class path) as one deployment of its own, named
 * {@value #DEPLOYMENT}, made when the application context is up and again only when one of them
 * changed; the engine calls Pathway's beans through it for its deployments, old and new. The host's
 * deployments are never part of it, nor it of theirs: a redeployment of either leaves the other
 * alone. Deployed directly to the application's engine, not through the runtime container, so that
 * the host may be a process application itself, or not.
 */
@Component
class PathwayProcessApplication extends SpringProcessApplication {

  static final String DEPLOYMENT = "pathway";
  private static final String SOURCE = "process application";
  private static final List<String> FOLDERS = List.of("bpmn", "dmn", "forms");

  private final ProcessEngine engine;

  PathwayProcessApplication(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected String autodetectProcessApplicationName() {
    return DEPLOYMENT;
  }

  @Override
  public void start() {
    ProcessApplicationDeploymentBuilder deployment =
        engine
            .getRepositoryService()
            .createDeployment(getReference())
            .name(DEPLOYMENT)
            .source(SOURCE)
            .enableDuplicateFiltering(true)
            .resumePreviousVersions()
            .resumePreviousVersionsBy(ResumePreviousBy.RESUME_BY_DEPLOYMENT_NAME);
    PathMatchingResourcePatternResolver resolver =
        new PathMatchingResourcePatternResolver(getProcessApplicationClassloader());
    for (String folder : FOLDERS) {
      for (Resource resource : resources(resolver, folder)) {
        try (InputStream content = resource.getInputStream()) {
          deployment.addInputStream(folder + "/" + resource.getFilename(), content);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + resource, e);
        }
      }
    }
    Deployment deployed = deployment.deploy();
    isDeployed = deployed != null;
  }

  @Override
  public void stop() {
    Set<String> deploymentIds =
        engine
            .getRepositoryService()
            .createDeploymentQuery()
            .deploymentName(DEPLOYMENT)
            .list()
            .stream()
            .map(Deployment::getId)
            .collect(Collectors.toSet());
    if (!deploymentIds.isEmpty()) {
      engine.getManagementService().unregisterProcessApplication(deploymentIds, true);
    }
    isDeployed = false;
  }

  private static Resource[] resources(PathMatchingResourcePatternResolver resolver, String folder) {
    try {
      return resolver.getResources("classpath*:" + PathwayResources.ROOT + folder + "/*.*");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list Pathway's " + folder, e);
    }
  }
}
