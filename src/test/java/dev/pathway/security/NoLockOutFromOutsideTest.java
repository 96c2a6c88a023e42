package dev.pathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pathway.support.FromAddress;
import dev.pathway.support.FromAddress.Answer;
import dev.pathway.support.PathwayTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Guessing a password locks out the guesser, not the person: failed logins are throttled per client
 * (429 with Retry-After) and never lock the named user, who logs in at once from anywhere else.
 * Each test has a user of its own and its own client addresses (127.0.0.x), so nothing here
 * throttles the other tests.
 */
@PathwayTest
class NoLockOutFromOutsideTest {

  private static final String CATALOGUE = "/api/catalogue";
  private static final String TASKS = "/engine-rest/task";
  private static final String PASSWORD = "correct-horse-battery-staple";

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  @Test
  void thirtyWrongPasswordsFromOneClientAreThrottledAndDoNotLockTheUser() {
    String victim = newUser("victim");
    FromAddress attacker = FromAddress.client("127.0.0.2", port);

    List<Answer> attack = new ArrayList<>();
    for (int guess = 1; guess <= 30; guess++) {
      attack.add(attacker.getAs(victim, "guess-" + guess, guess % 2 == 0 ? CATALOGUE : TASKS));
    }
    assertThat(attack.subList(0, 10)).extracting(Answer::status).containsOnly(401);
    assertThat(attack.subList(10, 30)).extracting(Answer::status).containsOnly(429);
    Answer throttled = attack.get(29);
    assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 300L);
    assertThat(throttled.body()).contains("Too many failed logins from your address; try again in");

    FromAddress victimsDesk = FromAddress.client("127.0.0.3", port);
    assertThat(victimsDesk.getAs(victim, PASSWORD, CATALOGUE).status())
        .as("the victim, at once, elsewhere")
        .isEqualTo(200);
    assertThat(victimsDesk.getAs(victim, PASSWORD, TASKS).status()).isEqualTo(200);

    // the throttled client is not even asked for its password, whatever address it claims to
    // forward for
    assertThat(attacker.getAs(victim, PASSWORD, CATALOGUE).status()).isEqualTo(429);
    assertThat(
            attacker
                .get(
                    CATALOGUE,
                    Map.of(
                        "Authorization",
                        FromAddress.basic(victim, "guess-31"),
                        "X-Forwarded-For",
                        "203.0.113.7"))
                .status())
        .as("X-Forwarded-For is not trusted by default")
        .isEqualTo(429);
  }

  @Test
  void wrongPasswordsFromManyClientsNeverLockTheUser() {
    String victim = newUser("many");
    // 90 wrong passwords reach the password check: the engine's default would have locked the user
    // after 10
    for (int client = 10; client < 20; client++) {
      FromAddress guesser = FromAddress.client("127.0.0." + client, port);
      for (int guess = 1; guess <= 9; guess++) {
        assertThat(guesser.getAs(victim, "guess-" + guess, CATALOGUE).status()).isEqualTo(401);
      }
    }
    assertThat(FromAddress.client("127.0.0.20", port).getAs(victim, PASSWORD, CATALOGUE).status())
        .isEqualTo(200);
    assertThat(identity.checkPassword(victim, PASSWORD)).isTrue();
  }

  @Test
  void oneWrongPasswordDoesNotDelayTheRightOne() {
    String user = newUser("typo");
    FromAddress desk = FromAddress.client("127.0.0.4", port);
    assertThat(desk.getAs(user, "correct-horse-battery-stapel", CATALOGUE).status()).isEqualTo(401);
    assertThat(desk.getAs(user, PASSWORD, CATALOGUE).status())
        .as("right away, no lock of a few seconds")
        .isEqualTo(200);
  }

  @Test
  void theWebAppsLoginIsThrottledTheSameWay() {
    String victim = newUser("webapp");
    WebappLogin attacker = new WebappLogin(FromAddress.client("127.0.0.5", port));
    List<Integer> attack = new ArrayList<>();
    for (int guess = 1; guess <= 12; guess++) {
      attack.add(attacker.login(victim, "guess-" + guess).status());
    }
    assertThat(attack.subList(0, 10)).containsOnly(401);
    assertThat(attack.subList(10, 12)).containsOnly(429);
    assertThat(attacker.login(victim, PASSWORD).status()).isEqualTo(429);

    assertThat(
            new WebappLogin(FromAddress.client("127.0.0.6", port)).login(victim, PASSWORD).status())
        .isEqualTo(200);
  }

  /**
   * A user of this test's own, in a role group (Tasklist access), with a password that is not their
   * id.
   */
  private String newUser(String prefix) {
    String userId = prefix + System.nanoTime() % 1_000_000;
    User user = identity.newUser(userId);
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(userId, "incident-management");
    return userId;
  }

  /**
   * Tasklist's login: a session and CSRF token first (as the login page gets them), then the form
   * post.
   */
  private static final class WebappLogin {
    private final FromAddress client;
    private final String cookie;
    private final String token;

    WebappLogin(FromAddress client) {
      this.client = client;
      Answer page = client.get("/camunda/api/admin/auth/user/default", Map.of());
      this.token = page.header("X-XSRF-TOKEN");
      this.cookie =
          page.header("Set-Cookie")
              .lines()
              .map(set -> set.split(";", 2)[0])
              .reduce((a, b) -> a + "; " + b)
              .orElseThrow();
    }

    Answer login(String user, String password) {
      return client.send(
          "POST",
          "/camunda/api/admin/auth/user/default/login/tasklist",
          Map.of(
              "Cookie",
              cookie,
              "X-XSRF-TOKEN",
              token,
              "Content-Type",
              "application/x-www-form-urlencoded"),
          "username="
              + URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&password="
              + URLEncoder.encode(password, StandardCharsets.UTF_8));
    }
  }
}
