package dev.pathway.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Pathway in Camunda's web apps: Cockpit loads the plugin, its pages read Pathway's API with the
 * Cockpit login, and Tasklist, Cockpit and Admin carry Pathway's name, with Camunda 7 CE's
 * end-of-life banner left to Admin.
 */
@PathwayTest
class CockpitPluginTest {

  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;
  @Autowired TestRestTemplate http;

  @Test
  void cockpitLoadsThePluginFromPathwaysJar() {
    ResponseEntity<String> cockpit =
        http.getForEntity("/camunda/app/cockpit/default/", String.class);
    assertThat(cockpit.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(cockpit.getBody()).contains("name: 'cockpit-plugin-pathway'");

    ResponseEntity<String> plugin =
        http.getForEntity("/camunda/api/cockpit/plugin/pathway/static/app/plugin.js", String.class);
    assertThat(plugin.getStatusCode()).as(plugin.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(plugin.getBody())
        .contains(
            "cockpit.navigation",
            "cockpit.route",
            "cockpit.processInstance.runtime.tab",
            "/api/monitoring/implementations");
    assertThat(
            http.getForEntity(
                    "/camunda/api/cockpit/plugin/pathway/static/app/plugin.css", String.class)
                .getBody())
        .contains(".pw-heatmap");
  }

  @Test
  void theWebappsCarryPathwaysNameAndOnlyAdminShowsTheEndOfLifeBanner() {
    for (String app : List.of("cockpit", "tasklist", "admin")) {
      assertThat(http.getForObject("/camunda/app/" + app + "/scripts/config.js", String.class))
          .as(app)
          .contains("vendor: 'Pathway'");
    }
    for (String app : List.of("cockpit", "tasklist", "welcome")) {
      assertThat(http.getForObject("/camunda/app/" + app + "/styles/user-styles.css", String.class))
          .as(app)
          .contains(".ce-eol-banner", "display: none");
    }
    assertThat(http.getForObject("/camunda/app/admin/styles/user-styles.css", String.class))
        .doesNotContain("ce-eol-banner");
  }

  @Test
  void thePluginsPagesReadPathwaysApiWithTheCockpitLogin() {
    String id = new Implementation(engine, catalogue).enterPhase1(Map.of()).programme().getId();
    WebappLogin sofia = WebappLogin.of(http, "sofia");

    ResponseEntity<String> overview = sofia.get("/api/monitoring/implementations");
    assertThat(overview.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(overview.getBody()).contains(id);
    assertThat(sofia.get("/api/monitoring/implementations/" + id).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(sofia.get("/api/implementations/" + id + "/register.csv").getStatusCode())
        .as("a report downloaded from the plugin's page")
        .isEqualTo(HttpStatus.OK);

    assertThat(sofia.send(HttpMethod.POST, "/api/monitoring/implementations", null).getStatusCode())
        .as("a change without the session's CSRF token is refused")
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            sofia
                .send(HttpMethod.POST, "/api/monitoring/implementations", sofia.csrfToken)
                .getStatusCode())
        .as("with it, the request is the session user's (and this endpoint only reads)")
        .isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);

    WebappLogin ivan = WebappLogin.of(http, "ivan");
    assertThat(ivan.get("/api/monitoring/implementations/" + id).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(RestClient.anonymous(http).get("/api/monitoring/implementations").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /**
   * A browser's session in the web apps: the session and CSRF cookies after logging in (to
   * Tasklist, which every role holder may use).
   */
  private record WebappLogin(TestRestTemplate http, String cookies, String csrfToken) {

    static WebappLogin of(TestRestTemplate http, String user) {
      ResponseEntity<String> page =
          http.getForEntity("/camunda/app/cockpit/default/", String.class);
      String session = cookie(page, "JSESSIONID").orElseThrow();
      String token = cookie(page, "XSRF-TOKEN").orElseThrow();
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
      headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + session + "; XSRF-TOKEN=" + token);
      headers.add("X-XSRF-TOKEN", token);
      ResponseEntity<String> login =
          http.exchange(
              "/camunda/api/admin/auth/user/default/login/tasklist",
              HttpMethod.POST,
              new HttpEntity<>("username=" + user + "&password=" + user, headers),
              String.class);
      assertThat(login.getStatusCode()).as("login of " + user).isEqualTo(HttpStatus.OK);
      String loggedIn = cookie(login, "JSESSIONID").orElse(session);
      // the login starts a new session: its CSRF token comes with the app's next request
      HttpHeaders next = new HttpHeaders();
      next.add(HttpHeaders.COOKIE, "JSESSIONID=" + loggedIn);
      ResponseEntity<String> who =
          http.exchange(
              "/camunda/api/admin/auth/user/default",
              HttpMethod.GET,
              new HttpEntity<>(next),
              String.class);
      String loggedInToken =
          cookie(who, "XSRF-TOKEN").or(() -> cookie(login, "XSRF-TOKEN")).orElse(token);
      return new WebappLogin(
          http, "JSESSIONID=" + loggedIn + "; XSRF-TOKEN=" + loggedInToken, loggedInToken);
    }

    ResponseEntity<String> get(String path) {
      return send(HttpMethod.GET, path, null);
    }

    ResponseEntity<String> send(HttpMethod method, String path, String csrf) {
      HttpHeaders headers = new HttpHeaders();
      headers.add(HttpHeaders.COOKIE, cookies);
      if (csrf != null) {
        headers.add("X-XSRF-TOKEN", csrf);
      }
      return http.exchange(path, method, new HttpEntity<>(headers), String.class);
    }

    private static Optional<String> cookie(ResponseEntity<?> response, String name) {
      return response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
          .filter(header -> header.startsWith(name + "="))
          .map(header -> header.substring(name.length() + 1).split(";")[0])
          .findFirst();
    }
  }
}
