package dev.pathway.engineapi;

import org.camunda.bpm.engine.rest.hal.cache.HalRelationCacheBootstrap;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Both engine REST APIs with Pathway's providers: {@link EngineRestFaults} (a missing task is 404,
 * never 500 with the engine's text) and {@link SharedObjectMapper}. On {@code /engine-rest} through
 * Spring Boot's Jersey configuration; on the web apps' {@code /camunda/api/engine} (servlet "Engine
 * Api", registered by Camunda's web app initializer) through the servlet's Jersey provider list.
 * And the HAL relations that Tasklist's lists embed (process and case definitions, which change
 * only with a deployment) are cached for both, as Camunda's {@link HalRelationCacheBootstrap}
 * offers, unless the host configured that cache itself.
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
