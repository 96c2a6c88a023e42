package dev.pathway.benchmark.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Pathway's REST APIs as one demo user calls them on one node: HTTP Basic, password = user id. */
final class RestCall {

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

  RestCall(HttpClient http, String base, String user) {
    this.http = http;
    this.base = base;
    this.user = user;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
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
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(TIMEOUT)
        .header("Authorization", authorization)
        .header("Accept", accept);
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
