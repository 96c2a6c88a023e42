package dev.pathway.security;

import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic authentication against the engine's identity service on every API entry point: the
 * engine REST API ({@code /engine-rest}) and Pathway's own ({@code /api}). The authenticated user
 * and their groups are set on the engine for the request, so the engine's authorization checks
 * apply to everything the request does. The web apps ({@code /camunda/app}) keep their own login
 * and CSRF protection.
 */
@Configuration
class ApiAuthenticationConfiguration {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    return basicAuthentication("engine-rest-authentication", "/engine-rest/*", null);
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> pathwayApiAuthentication() {
    return basicAuthentication("pathway-api-authentication", "/api/*", "");
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthentication(
      String name, String urlPattern, String servletPathPrefix) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new AuthenticateEveryRequestFilter());
    registration.setName(name);
    registration.addUrlPatterns(urlPattern);
    registration.setInitParameters(
        Map.of(
            ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
            HttpBasicAuthenticationProvider.class.getName()));
    if (servletPathPrefix != null) {
      registration.addInitParameter(
          ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, servletPathPrefix);
    }
    return registration;
  }

  /**
   * Camunda's filter lets the engine listing ({@code /engine-rest/engine}) through unauthenticated;
   * we do not.
   */
  static class AuthenticateEveryRequestFilter extends ProcessEngineAuthenticationFilter {
    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
      return true;
    }
  }
}
