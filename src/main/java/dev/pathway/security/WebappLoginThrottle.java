package dev.pathway.security;

import dev.pathway.faults.FaultBarrier;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web apps' login ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}) throttled
 * like the APIs' HTTP Basic logins ({@link LoginThrottle}): a refused login (401) counts against
 * the client, a client with too many is answered 429 before its password is checked.
 */
class WebappLoginThrottle extends OncePerRequestFilter {

  private final LoginThrottle throttle;
  private final Pattern login;

  WebappLoginThrottle(LoginThrottle throttle, String applicationPath) {
    this.throttle = throttle;
    this.login =
        Pattern.compile(
            Pattern.quote(applicationPath) + "/api/admin/auth/user/[^/]+/login/[^/]+/?");
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"POST".equalsIgnoreCase(request.getMethod()) || !login.matcher(path).matches();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String client = LoginThrottle.client(request);
    Optional<Duration> wait = throttle.refusal(client);
    if (wait.isPresent()) {
      ApiAuthenticationConfiguration.tooManyFailures(response, wait.get());
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(client);
    }
  }

  @Configuration
  static class Registration {
    @Bean
    FilterRegistrationBean<WebappLoginThrottle> webappLoginThrottle(
        LoginThrottle throttle,
        @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
      FilterRegistrationBean<WebappLoginThrottle> registration =
          new FilterRegistrationBean<>(new WebappLoginThrottle(throttle, applicationPath));
      registration.setName("webapp-login-throttle");
      registration.addUrlPatterns(applicationPath + "/api/admin/auth/user/*");
      registration.setOrder(FaultBarrier.ORDER + 10);
      return registration;
    }
  }
}
