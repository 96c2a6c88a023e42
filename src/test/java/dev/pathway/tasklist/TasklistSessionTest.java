package dev.pathway.tasklist;

import static dev.pathway.support.RestClient.file;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Pathway's Tasklist plugin as the browser meets it: Tasklist loads its script from Pathway's jar,
 * and the script calls {@code /api} with the Tasklist session alone; a change needs the session's
 * CSRF token, as Tasklist's own API does.
 */
@PathwayTest
class TasklistSessionTest {

  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;
  @Autowired TestRestTemplate http;

  @Test
  void tasklistLoadsThePluginFromPathwaysJar() {
    Session ivan = Session.login(http, "ivan");
    ResponseEntity<String> index =
        ivan.exchange(HttpMethod.GET, "/camunda/app/tasklist/default/", null, false);
    assertThat(index.getBody())
        .contains(
            "name: 'tasklist-plugin-pathway-tasklist-documents', location:"
                + " '/camunda/api/tasklist/plugin/pathway-tasklist-documents/static/app'");
    ResponseEntity<String> script =
        ivan.exchange(
            HttpMethod.GET,
            "/camunda/api/tasklist/plugin/pathway-tasklist-documents/static/app/plugin.js",
            null,
            false);
    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(script.getHeaders().getContentType().toString()).startsWith("text/javascript");
    assertThat(script.getBody()).contains("pluginPoint: 'tasklist.task.detail'");
    assertThat(
            ivan.exchange(
                    HttpMethod.GET,
                    "/camunda/api/tasklist/plugin/pathway-tasklist-documents/static/app/plugin.css",
                    null,
                    false)
                .getBody())
        .contains(".pathway-documents");
  }

  @Test
  void theTabCallsTheApiWithTheTasklistSessionAndChangesNeedItsCsrfToken() {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    Task activity =
        implementation.activityTasks().stream()
            .filter(task -> task.getName().startsWith("Incident management"))
            .findFirst()
            .orElseThrow();
    String evidence = "/api/tasks/" + activity.getId() + "/evidence";
    Session ivan = Session.login(http, "ivan");

    assertThat(
            ivan.exchange(
                    HttpMethod.GET, "/api/tasks/" + activity.getId() + "/documents", null, false)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<String> withoutToken = ivan.exchange(HttpMethod.POST, evidence, upload(), false);
    assertThat(withoutToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(RestClient.json(withoutToken.getBody()).get("message").asText())
        .isEqualTo(
            "A change made with the web apps' session needs their CSRF token in X-XSRF-TOKEN");
    ResponseEntity<String> uploaded = ivan.exchange(HttpMethod.POST, evidence, upload(), true);
    assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(RestClient.json(uploaded.getBody()).at("/evidence/0/reference").asText())
        .isEqualTo("DOC-0001 v1");

    Session carla = Session.login(http, "carla");
    assertThat(carla.exchange(HttpMethod.POST, evidence, upload(), true).getStatusCode())
        .as("a session of someone who may not work on the task")
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            new Session(http, Map.of(), null)
                .exchange(
                    HttpMethod.GET, "/api/tasks/" + activity.getId() + "/documents", null, false)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void tasklistsEngineApiAnswersATaskThatIsGoneWithNotFoundAsTheRestApiDoes() {
    Session ivan = Session.login(http, "ivan");
    String gone = "/camunda/api/engine/engine/default/task/no-such-task";
    for (String path : List.of(gone, gone + "/form", gone + "/form-variables")) {
      ResponseEntity<String> answer = ivan.exchange(HttpMethod.GET, path, null, false);
      assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(RestClient.json(answer.getBody()).path("message").asText())
          .as(path)
          .doesNotContain("is null");
    }
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> submitted =
        ivan.exchange(
            HttpMethod.POST,
            gone + "/submit-form",
            new HttpEntity<>("{\"variables\": {}}", json),
            true);
    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void myNotificationsInTheHeaderUseTheSessionAndItsModulesComeFromPathwaysJar() {
    Session hana = Session.login(http, "hana");
    String app = "/camunda/api/tasklist/plugin/pathway-tasklist-documents/static/app/";
    assertThat(hana.exchange(HttpMethod.GET, app + "plugin.js", null, false).getBody())
        .contains("import notifications from './notifications.js'");
    ResponseEntity<String> panel =
        hana.exchange(HttpMethod.GET, app + "notifications.js", null, false);
    assertThat(panel.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(panel.getHeaders().getContentType().toString()).startsWith("text/javascript");
    assertThat(panel.getBody())
        .contains("pluginPoint: 'tasklist.navbar.action'")
        .contains("My notifications");
    assertThat(hana.exchange(HttpMethod.GET, app + "common.js", null, false).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(hana.exchange(HttpMethod.GET, app + "secrets.js", null, false).getStatusCode())
        .as("only the plugin's own files")
        .isNotEqualTo(HttpStatus.OK);

    assertThat(hana.exchange(HttpMethod.GET, "/api/me/notifications", null, false).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    HttpEntity<Map<String, Object>> off = new HttpEntity<>(Map.of("enabled", false), json);
    assertThat(hana.exchange(HttpMethod.PUT, "/api/me/notifications", off, false).getStatusCode())
        .as("a change without the CSRF token")
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> saved =
        hana.exchange(HttpMethod.PUT, "/api/me/notifications", off, true);
    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(RestClient.json(saved.getBody()).get("enabled").asBoolean()).isFalse();
    ResponseEntity<String> link =
        hana.exchange(HttpMethod.POST, "/api/me/calendar-token", null, true);
    assertThat(link.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(RestClient.json(link.getBody()).get("url").asText()).contains("/api/calendar/");
    assertThat(
            hana.exchange(HttpMethod.DELETE, "/api/me/calendar-token", null, true).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    HttpEntity<Map<String, Object>> on = new HttpEntity<>(Map.of("enabled", true), json);
    hana.exchange(HttpMethod.PUT, "/api/me/notifications", on, true);
  }

  private static HttpEntity<LinkedMultiValueMap<String, Object>> upload() {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", file("minutes.txt", "text/plain", "Minutes".getBytes()));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, headers);
  }

  /** A browser's session of the web apps: its cookies and its CSRF token, after logging in. */
  private record Session(TestRestTemplate http, Map<String, String> cookies, String token) {

    static Session login(TestRestTemplate http, String user) {
      Session anonymous = new Session(http, new LinkedHashMap<>(), null);
      ResponseEntity<String> page =
          anonymous.exchange(HttpMethod.GET, "/camunda/api/admin/auth/user/default", null, false);
      Session withToken =
          new Session(http, anonymous.cookies(), page.getHeaders().getFirst("X-XSRF-TOKEN"));
      HttpHeaders form = new HttpHeaders();
      form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
      LinkedMultiValueMap<String, String> credentials = new LinkedMultiValueMap<>();
      credentials.add("username", user);
      credentials.add("password", user);
      ResponseEntity<String> login =
          withToken.exchange(
              HttpMethod.POST,
              "/camunda/api/admin/auth/user/default/login/tasklist",
              new HttpEntity<>(credentials, form),
              true);
      assertThat(login.getStatusCode()).as(login.getBody()).isEqualTo(HttpStatus.OK);
      ResponseEntity<String> after =
          withToken.exchange(HttpMethod.GET, "/camunda/api/admin/auth/user/default", null, false);
      String token = after.getHeaders().getFirst("X-XSRF-TOKEN");
      return new Session(http, withToken.cookies(), token == null ? withToken.token() : token);
    }

    ResponseEntity<String> exchange(
        HttpMethod method, String path, HttpEntity<?> body, boolean withToken) {
      HttpHeaders headers = new HttpHeaders();
      if (body != null) {
        headers.putAll(body.getHeaders());
      }
      headers.setAccept(List.of(MediaType.ALL));
      if (!cookies.isEmpty()) {
        headers.add(
            HttpHeaders.COOKIE,
            String.join(
                "; ",
                cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
      }
      if (withToken) {
        headers.add("X-XSRF-TOKEN", token);
      }
      ResponseEntity<String> response =
          http.exchange(
              path,
              method,
              new HttpEntity<>(body == null ? null : body.getBody(), headers),
              String.class);
      List<String> set = response.getHeaders().get(HttpHeaders.SET_COOKIE);
      if (set != null) {
        set.forEach(
            cookie -> {
              String[] pair = cookie.split(";", 2)[0].split("=", 2);
              cookies.put(pair[0], pair[1]);
            });
      }
      return response;
    }
  }
}
