package dev.pathway.reminders;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A person's own notification settings and calendar feed token: {@code GET/PUT
 * /api/me/notifications}, {@code POST/DELETE /api/me/calendar-token}. Everyone may change only
 * their own.
 */
@RestController
class MyNotificationsController {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int TOKEN_BYTES = 32;

  private final IdentityService identity;
  private final NotificationSettings settings;
  private final NotificationProperties properties;
  private final Mail mail;

  MyNotificationsController(
      IdentityService identity,
      NotificationSettings settings,
      NotificationProperties properties,
      Mail mail) {
    this.identity = identity;
    this.settings = settings;
    this.properties = properties;
    this.mail = mail;
  }

  record NotificationChoice(Boolean enabled, String email) {}

  @GetMapping("/api/me/notifications")
  Map<String, Object> notifications() {
    String user = currentUser();
    NotificationSettings.Settings chosen = settings.of(user);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("enabled", chosen.enabled());
    body.put("email", chosen.email() != null ? chosen.email() : camundaEmail(user));
    body.put("mailConfigured", mail.isOn());
    body.put("calendarFeed", chosen.hasCalendarToken());
    return body;
  }

  @PutMapping("/api/me/notifications")
  Map<String, Object> change(@RequestBody NotificationChoice choice) {
    String user = currentUser();
    if (choice == null || choice.enabled() == null) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "enabled: say true or false (notifications on or off)");
    }
    String email = null;
    if (choice.email() != null && !choice.email().isBlank()) {
      try {
        email = NotificationProperties.address("email", choice.email());
      } catch (IllegalArgumentException e) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
      }
    }
    settings.save(user, choice.enabled(), email);
    return notifications();
  }

  /** A new calendar token (the old one stops working); shown this once. */
  @PostMapping("/api/me/calendar-token")
  ResponseEntity<Map<String, String>> newCalendarToken() {
    String user = currentUser();
    byte[] bytes = new byte[TOKEN_BYTES];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    settings.calendarToken(user, token);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            Map.of(
                "token", token, "url", properties.baseUrl() + "/api/calendar/" + token + ".ics"));
  }

  @DeleteMapping("/api/me/calendar-token")
  ResponseEntity<Void> revokeCalendarToken() {
    settings.calendarToken(currentUser(), null);
    return ResponseEntity.noContent().build();
  }

  private String camundaEmail(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user == null ? null : user.getEmail();
  }

  private String currentUser() {
    if (identity.getCurrentAuthentication() == null
        || identity.getCurrentAuthentication().getUserId() == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Log in first");
    }
    return identity.getCurrentAuthentication().getUserId();
  }
}
