package dev.pathway.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last line for the APIs: a failure that escapes a servlet filter (the authentication's
 * password check when the database is down, say) is answered as {@link Fault} decides, not by the
 * container's error page with the exception's text.
 */
public class FaultBarrier extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Runs before the authentication filters of {@code /engine-rest} and {@code /api}. */
  public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException failure) {
      if (response.isCommitted()) {
        throw failure;
      }
      Fault fault =
          Fault.of(
                  failure instanceof ServletException && failure.getCause() != null
                      ? failure.getCause()
                      : failure)
              .logged();
      response.reset();
      write(
          response, fault.status(), fault.type(), fault.message(), fault.retryAfter().orElse(null));
    }
  }

  /** An API answer in the engine REST API's shape: {@code {"type": ..., "message": ...}}. */
  public static void write(
      HttpServletResponse response, int status, String type, String message, Duration retryAfter)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    response.setStatus(status);
    if (retryAfter != null) {
      response.setHeader(
          "Retry-After", String.valueOf(Math.max(1, (retryAfter.toMillis() + 999) / 1000)));
    }
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), body);
  }

  @Configuration
  static class Registration {
    @Bean
    FilterRegistrationBean<FaultBarrier> apiFaultBarrier() {
      FilterRegistrationBean<FaultBarrier> registration =
          new FilterRegistrationBean<>(new FaultBarrier());
      registration.setName("api-fault-barrier");
      registration.addUrlPatterns("/engine-rest/*", "/api/*");
      registration.setOrder(ORDER);
      return registration;
    }
  }
}
