package dev.pathway.security;

import dev.pathway.faults.FaultBarrier;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpHeaders;
import org.springframework.util.ClassUtils;

/**
 * Pathway's {@code /api} for the web apps' own pages (Pathway's Tasklist plugin): a request without
 * credentials that carries the session of a user logged in to Tasklist or Cockpit acts as that
 * user, whose groups are read anew from the engine on each request. A request that changes
 * something must carry the session's CSRF token in {@code X-XSRF-TOKEN}, as the web apps' own API
 * requires. Requests with credentials (integrators) are authenticated by HTTP Basic as before.
 */
final class WebappSession {

  /** Where Camunda's web apps keep the CSRF token of a session. */
  static final String CSRF_TOKEN_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";

  static final String CSRF_TOKEN_HEADER = "X-XSRF-TOKEN";

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private static final boolean WEBAPPS_PRESENT =
      ClassUtils.isPresent(
          "org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil",
          WebappSession.class.getClassLoader());

  private WebappSession() {}

  /** The web apps' user of the request's session, when it has no credentials of its own. */
  static Optional<String> user(HttpServletRequest request, String engineName) {
    if (!WEBAPPS_PRESENT || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      return Optional.empty();
    }
    HttpSession session = request.getSession(false);
    return session == null ? Optional.empty() : SessionReader.user(session, engineName);
  }

  /**
   * Refuses (403) a request that changes something in a session without the session's CSRF token;
   * true when it may go on.
   */
  static boolean csrfChecked(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (SAFE_METHODS.contains(request.getMethod().toUpperCase(java.util.Locale.ROOT))) {
      return true;
    }
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CSRF_TOKEN_ATTRIBUTE);
    String given = request.getHeader(CSRF_TOKEN_HEADER);
    if (expected instanceof String token
        && given != null
        && MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
      return true;
    }
    FaultBarrier.write(
        response,
        403,
        "CsrfTokenMissing",
        "A change made with the web apps' session needs their CSRF token in " + CSRF_TOKEN_HEADER,
        null);
    return false;
  }

  /** Loaded only where the web apps are. */
  private static final class SessionReader {
    static Optional<String> user(HttpSession session, String engineName) {
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      Authentication authentication =
          authentications == null
              ? null
              : authentications.getAuthenticationForProcessEngine(engineName);
      return Optional.ofNullable(authentication).map(Authentication::getName);
    }
  }

  /** HTTP Basic, or else the web apps' session. */
  record OrBasic(AuthenticationProvider basic) implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(
        HttpServletRequest request, ProcessEngine engine) {
      return user(request, engine.getName())
          .map(AuthenticationResult::successful)
          .orElseGet(() -> basic.extractAuthenticatedUser(request, engine));
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(
        HttpServletResponse response, ProcessEngine engine) {
      basic.augmentResponseByAuthenticationChallenge(response, engine);
    }
  }
}
