package dev.pathway.engineapi;

import org.camunda.bpm.engine.rest.hal.cache.HalRelationCacheBootstrap;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HAL relations that Tasklist's lists embed (process and case definitions, which change only
 * with a deployment), cached for both engine REST APIs as Camunda's {@link
 * HalRelationCacheBootstrap} offers, unless the host configured that cache itself. Pathway's
 * providers reach both APIs through {@link EngineApiProviders}.
 */
@Configuration
class EngineApis {

  static final String HAL_CACHES =
      """
      {"cacheImplementation": "org.camunda.bpm.engine.rest.hal.cache.DefaultHalResourceCache",
       "caches": {
         "org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition":
           {"capacity": 1000, "secondsToLive": 600},
         "org.camunda.bpm.engine.rest.hal.caseDefinition.HalCaseDefinition":
           {"capacity": 1000, "secondsToLive": 600}}}
      """;

  @Bean
  ServletContextInitializer halRelationCaches() {
    return servletContext -> {
      if (servletContext.getInitParameter(HalRelationCacheBootstrap.CONTEXT_PARAM_NAME) == null) {
        servletContext.setInitParameter(HalRelationCacheBootstrap.CONTEXT_PARAM_NAME, HAL_CACHES);
        servletContext.addListener(HalRelationCacheBootstrap.class);
      }
    };
  }
}
