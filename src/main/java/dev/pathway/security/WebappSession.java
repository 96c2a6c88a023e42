package dev.pathway.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpHeaders;
import org.springframework.util.ClassUtils;

/**
 * Who is logged in to the web apps (Tasklist, Cockpit, Admin) in the session of a request to
 * Pathway's API, so the Cockpit plugin's pages and downloads call {@code /api} as the person
 * looking at them, without a second login. Only for a request without HTTP Basic credentials; a
 * request that changes something must also carry the web apps' CSRF token ({@code X-XSRF-TOKEN}, as
 * the web apps send it) matching the session's. Without the web apps on the classpath there are no
 * such sessions.
 */
final class WebappSession {

  private static final boolean WEBAPPS =
      ClassUtils.isPresent(
          "org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil",
          WebappSession.class.getClassLoader());
  private static final Pattern READS = Pattern.compile("^(GET|HEAD|OPTIONS)$");

  private WebappSession() {}

  /** The user id of the web apps' login for the engine, if the request may act on it. */
  static Optional<String> user(HttpServletRequest request, String engineName) {
    if (!WEBAPPS || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      return Optional.empty();
    }
    HttpSession session = request.getSession(false);
    if (session == null || !csrfSafe(request, session)) {
      return Optional.empty();
    }
    return Logins.user(session, engineName);
  }

  private static boolean csrfSafe(HttpServletRequest request, HttpSession session) {
    if (READS.matcher(request.getMethod()).matches()) {
      return true;
    }
    Object token = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return token != null
        && Objects.equals(token, request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME));
  }

  /** The web apps' own classes, loaded only when they are there. */
  private static final class Logins {

    static Optional<String> user(HttpSession session, String engineName) {
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      Authentication authentication =
          authentications == null
              ? null
              : authentications.getAuthenticationForProcessEngine(engineName);
      return Optional.ofNullable(authentication).map(Authentication::getIdentityId);
    }
  }
}
