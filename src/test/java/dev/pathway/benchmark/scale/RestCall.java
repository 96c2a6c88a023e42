package dev.pathway.benchmark.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Pathway's REST APIs as one demo user calls them on one node (password = user id): with HTTP Basic
 * on every request, as an API client does, or with the web apps' login session and its CSRF token,
 * as Tasklist in a browser does ({@link #loggedInToTasklist}).
 */
final class RestCall {

  /** The engine REST API as an API client reaches it. */
  static final String ENGINE_REST = "/engine-rest";

  /** The same API as Tasklist reaches it, behind the web apps' session. */
  static final String TASKLIST_ENGINE_API = "/camunda/api/engine/engine/default";

  static final String JSON_TYPE = "application/json";

  /**
   * What Tasklist asks for when it lists tasks and opens one: tasks with their embedded resources.
   */
  static final String HAL_TYPE = "application/hal+json";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private final HttpClient http;
  private final String base;
  private final String user;
  private final String authorization;
  private final CookieManager cookies;

  RestCall(HttpClient http, String base, String user) {
    this.http = http;
    this.base = base;
    this.user = user;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    this.cookies = null;
  }

  private RestCall(HttpClient http, CookieManager cookies, String base, String user) {
    this.http = http;
    this.base = base;
    this.user = user;
    this.authorization = null;
    this.cookies = cookies;
  }

  /**
   * Logged in to Tasklist as a browser is: the session cookie, and the CSRF token sent back in
   * {@code X-XSRF-TOKEN} on every request, as Tasklist's own client does.
   */
  static RestCall loggedInToTasklist(String base, String user) {
    CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .cookieHandler(cookies)
            .build();
    RestCall session = new RestCall(http, cookies, base, user);
    Reply page = session.get("/camunda/app/tasklist/default/", "text/html");
    if (!page.ok()) {
      throw page.failure("Tasklist's page for " + user);
    }
    Reply login =
        session.send(
            session
                .request("/camunda/api/admin/auth/user/default/login/tasklist", JSON_TYPE)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user))
                .build());
    if (!login.ok()) {
      throw login.failure("Tasklist's login of " + user);
    }
    // the login starts a new session: its CSRF token comes with the next request
    session.get("/camunda/api/admin/auth/user/default", JSON_TYPE);
    return session;
  }

  /** One connection pool per simulated person, HTTP/1.1 as a browser talks to Tomcat. */
  static HttpClient newHttpClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  String user() {
    return user;
  }

  String base() {
    return base;
  }

  Reply get(String path, String accept) {
    return send(request(path, accept).GET().build());
  }

  Reply post(String path, Object body, String accept) {
    return send(
        request(path, accept)
            .header("Content-Type", JSON_TYPE)
            .POST(HttpRequest.BodyPublishers.ofString(write(body)))
            .build());
  }

  private HttpRequest.Builder request(String path, String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("Accept", accept);
    if (authorization != null) {
      return request.header("Authorization", authorization);
    }
    cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .findFirst()
        .ifPresent(token -> request.header("X-XSRF-TOKEN", token.getValue()));
    return request;
  }

  private Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      return new Reply(Reply.NO_RESPONSE, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Reply(Reply.NO_RESPONSE, "interrupted");
    }
  }

  private static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A status and a body; status 0 when no HTTP answer came (connection refused, timeout). */
  record Reply(int status, String body) {

    static final int NO_RESPONSE = 0;

    boolean ok() {
      return status >= 200 && status < 300;
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON (" + status + "): " + body, e);
      }
    }

    /** The engine's error message, or the start of the body. */
    String message() {
      try {
        JsonNode node = JSON.readTree(body);
        if (node != null && node.hasNonNull("message")) {
          return node.path("type").asText("") + ": " + node.path("message").asText();
        }
      } catch (IOException | RuntimeException notJson) {
        // fall through to the raw body
      }
      return body == null ? "" : body.substring(0, Math.min(body.length(), 300));
    }

    IllegalStateException failure(String what) {
      return new IllegalStateException(what + " answered " + status + ": " + message());
    }
  }
}
