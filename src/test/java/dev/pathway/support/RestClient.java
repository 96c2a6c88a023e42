package dev.pathway.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Pathway's and the engine's REST APIs as a user with a password (or nobody) calls them. */
public final class RestClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate http;
  private final String user;

  private RestClient(TestRestTemplate http, String user) {
    this.http = http;
    this.user = user;
  }

  /** A demo user: the password equals the id. */
  public static RestClient as(TestRestTemplate http, String user) {
    return new RestClient(http, user);
  }

  public static RestClient anonymous(TestRestTemplate http) {
    return new RestClient(http, null);
  }

  public ResponseEntity<String> get(String path) {
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), String.class);
  }

  public ResponseEntity<String> post(String path, Object body) {
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers()), String.class);
  }

  public ResponseEntity<String> put(String path, Object body) {
    return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers()), String.class);
  }

  public JsonNode getJson(String path) {
    ResponseEntity<String> response = get(path);
    if (!response.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError(
          "GET "
              + path
              + " as "
              + user
              + " answered "
              + response.getStatusCode()
              + ": "
              + response.getBody());
    }
    return json(response.getBody());
  }

  /** The id of a Tasklist filter this user sees, by its name; fails when they do not see it. */
  public String filterId(String name) {
    for (JsonNode filter : getJson("/engine-rest/filter?resourceType=Task")) {
      if (filter.path("name").asText().equals(name)) {
        return filter.path("id").asText();
      }
    }
    throw new AssertionError("The filter '" + name + "' is not visible to " + user);
  }

  /** Submits a task's form over REST, as Tasklist does. */
  public ResponseEntity<String> submitTaskForm(String taskId, Map<String, Object> values) {
    return post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", typed(values)));
  }

  public ResponseEntity<String> completeTask(String taskId, Map<String, Object> values) {
    return post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", typed(values)));
  }

  public ResponseEntity<String> submitStartForm(
      String processKey, String businessKey, Map<String, Object> values) {
    return post(
        "/engine-rest/process-definition/key/" + processKey + "/submit-form",
        Map.of("businessKey", businessKey, "variables", typed(values)));
  }

  /** Starts a process without a start form, as an administrator (or a Java caller) may. */
  public ResponseEntity<String> startProcess(
      String processKey, String businessKey, Map<String, Object> values) {
    return post(
        "/engine-rest/process-definition/key/" + processKey + "/start",
        Map.of("businessKey", businessKey, "variables", typed(values)));
  }

  /**
   * The user's open tasks of one process instance hierarchy, as the engine lets this user see them.
   */
  public JsonNode tasks(String query) {
    return getJson("/engine-rest/task?" + query);
  }

  public static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  /** Camunda's REST variable format, typed the way Tasklist sends form values. */
  public static Map<String, Object> typed(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach(
        (name, value) -> {
          Map<String, Object> variable = new LinkedHashMap<>();
          if (value instanceof List<?> list) {
            variable.put("value", toJson(list));
            variable.put("type", "Json");
          } else {
            variable.put("value", value);
            variable.put(
                "type",
                value instanceof Boolean
                    ? "Boolean"
                    : value instanceof Integer || value instanceof Long
                        ? "Long"
                        : value instanceof Number ? "Double" : "String");
          }
          variables.put(name, variable);
        });
    return variables;
  }

  private static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A multipart/form-data POST: each value a text field, or a file ({@link #file}). */
  public ResponseEntity<String> postMultipart(String path, Map<String, Object> parts) {
    HttpHeaders headers = headers();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    parts.forEach(body::add);
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  /** A new version of a register document: its file and change summary. */
  public ResponseEntity<String> uploadVersion(
      String documentId, HttpEntity<ByteArrayResource> file, String changeSummary) {
    return postMultipart(
        "/api/documents/" + documentId + "/versions",
        Map.of("file", file, "changeSummary", changeSummary));
  }

  /** A file part of a multipart request: its name, media type and bytes. */
  public static HttpEntity<ByteArrayResource> file(String name, String mediaType, byte[] content) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType(mediaType));
    headers.setContentDisposition(
        ContentDisposition.formData().name("file").filename(name).build());
    return new HttpEntity<>(new ByteArrayResource(content), headers);
  }

  public ResponseEntity<byte[]> download(String path) {
    HttpHeaders headers = headers();
    headers.setAccept(List.of(MediaType.ALL));
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }

  private HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    if (user != null) {
      headers.setBasicAuth(user, user);
    }
    return headers;
  }
}
