package dev.pathway.security;

import dev.pathway.faults.FaultBarrier;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic authentication against the engine's identity service on every API entry point: the
 * engine REST API ({@code /engine-rest}) and Pathway's own ({@code /api}). The authenticated user
 * and their groups are set on the engine for the request, so the engine's authorization checks
 * apply to everything the request does. Failed logins are throttled per client ({@link
 * LoginThrottle}); the engine's operator data is for administrators ({@link OperatorData}). The web
 * apps ({@code /camunda/app}) keep their own login and CSRF protection, throttled the same way
 * ({@link WebappLoginThrottle}); their session (with its CSRF token for changes) is accepted on
 * {@code /api} too, for Pathway's Tasklist plugin ({@link WebappSession}).
 */
@Configuration
class ApiAuthenticationConfiguration {

  /** Off for a host that authenticates its engine REST API in its own way. */
  @Bean
  @ConditionalOnProperty(
      name = "pathway.security.engine-rest-authentication",
      havingValue = "true",
      matchIfMissing = true)
  FilterRegistrationBean<AuthenticateEveryRequestFilter> engineRestAuthentication(
      LoginThrottle throttle) {
    return basicAuthentication(
        "engine-rest-authentication",
        "/engine-rest/*",
        null,
        new AuthenticateEveryRequestFilter(throttle, true));
  }

  @Bean
  FilterRegistrationBean<AuthenticateEveryRequestFilter> pathwayApiAuthentication(
      LoginThrottle throttle) {
    return basicAuthentication(
        "pathway-api-authentication",
        "/api/*",
        "",
        new AuthenticateEveryRequestFilter(throttle, false));
  }

  private static FilterRegistrationBean<AuthenticateEveryRequestFilter> basicAuthentication(
      String name,
      String urlPattern,
      String servletPathPrefix,
      AuthenticateEveryRequestFilter filter) {
    FilterRegistrationBean<AuthenticateEveryRequestFilter> registration =
        new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns(urlPattern);
    registration.setOrder(FaultBarrier.ORDER + 10);
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
   * we do not. A client that failed to log in too often is refused (429) before its password is
   * checked, and a wrong password counts against the client; on the engine REST API, operator data
   * needs an administrator.
   */
  static class AuthenticateEveryRequestFilter extends ProcessEngineAuthenticationFilter {

    static final String CALENDAR_FEEDS = "/api/calendar/";

    private final LoginThrottle throttle;
    private final boolean engineRest;

    AuthenticateEveryRequestFilter(LoginThrottle throttle, boolean engineRest) {
      this.throttle = throttle;
      this.engineRest = engineRest;
    }

    @Override
    public void init(jakarta.servlet.FilterConfig filterConfig) throws ServletException {
      super.init(filterConfig);
      authenticationProvider =
          new CountingFailures(
              engineRest
                  ? authenticationProvider
                  : new WebappSession.OrBasic(authenticationProvider),
              throttle);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest httpRequest = (HttpServletRequest) request;
      HttpServletResponse httpResponse = (HttpServletResponse) response;
      Optional<Duration> wait = throttle.refusal(LoginThrottle.client(httpRequest));
      if (wait.isPresent()) {
        tooManyFailures(httpResponse, wait.get());
        return;
      }
      if (!engineRest
          && WebappSession.user(httpRequest, DEFAULT_ENGINE_NAME).isPresent()
          && !WebappSession.csrfChecked(httpRequest, httpResponse)) {
        return;
      }
      super.doFilter(request, response, engineRest ? operatorDataForAdministrators(chain) : chain);
    }

    /** Runs after the authentication: the engine knows who asks. */
    private FilterChain operatorDataForAdministrators(FilterChain chain) {
      return (request, response) -> {
        HttpServletRequest httpRequest = (HttpServletRequest) request;
        ProcessEngine engine =
            getAddressedEngine(
                extractEngineName(
                    httpRequest.getPathInfo() == null ? "" : httpRequest.getPathInfo()));
        if (OperatorData.isRequested(httpRequest) && !OperatorData.isAdministrator(engine)) {
          FaultBarrier.write(
              (HttpServletResponse) response,
              403,
              "AuthorizationException",
              OperatorData.REFUSAL,
              null);
          return;
        }
        chain.doFilter(request, response);
      };
    }

    /**
     * Everything, except the calendar feeds: calendar clients cannot log in, the feed's token is
     * its credential (dev.pathway.reminders.CalendarFeedController).
     */
    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
      return engineRest || !requestUrl.startsWith(CALENDAR_FEEDS);
    }
  }

  static void tooManyFailures(HttpServletResponse response, Duration wait) throws IOException {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    FaultBarrier.write(
        response,
        429,
        "TooManyFailedLogins",
        "Too many failed logins from your address; try again in " + seconds + " seconds",
        wait);
  }

  /** A login with credentials that do not match counts against the client it came from. */
  private record CountingFailures(AuthenticationProvider provider, LoginThrottle throttle)
      implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(
        HttpServletRequest request, ProcessEngine engine) {
      AuthenticationResult result = provider.extractAuthenticatedUser(request, engine);
      if (!result.isAuthenticated() && result.getAuthenticatedUser() != null) {
        throttle.failed(LoginThrottle.client(request));
      }
      return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(
        HttpServletResponse response, ProcessEngine engine) {
      provider.augmentResponseByAuthenticationChallenge(response, engine);
    }
  }
}
