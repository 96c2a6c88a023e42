package dev.pathway.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Pathway's models, decisions and forms ({@code pathway/bpmn}, {@code pathway/dmn}, {@code
 * pathway/forms} on the class path) as one deployment of its own, named and sourced {@value #NAME},
 * made as the engine is built and again only when one of them changed. The host's deployments are
 * never part of it ({@link HostAutoDeploymentFilter}), nor it of theirs: a redeployment of either
 * leaves the other alone. Resource names are {@code bpmn/…}, {@code dmn/…}, {@code forms/…}, as the
 * embedded default always named them.
 */
@Component
class PathwayDeployment extends AbstractProcessEnginePlugin {

  static final String NAME = "pathway";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    DeploymentBuilder deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .name(NAME)
            .source(NAME)
            .enableDuplicateFiltering(true);
    PathMatchingResourcePatternResolver resolver =
        new PathMatchingResourcePatternResolver(PathwayDeployment.class.getClassLoader());
    for (String folder : PathwayResources.FOLDERS) {
      for (Resource resource : resources(resolver, folder)) {
        try (InputStream content = resource.getInputStream()) {
          deployment.addInputStream(folder + "/" + resource.getFilename(), content);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + resource, e);
        }
      }
    }
    deployment.deploy();
  }

  private static Resource[] resources(PathMatchingResourcePatternResolver resolver, String folder) {
    try {
      return resolver.getResources("classpath*:" + PathwayResources.ROOT + folder + "/*.*");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list Pathway's " + folder, e);
    }
  }
}
