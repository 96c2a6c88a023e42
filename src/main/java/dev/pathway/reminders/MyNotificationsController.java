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
 * their own; Tasklist's "My notifications" (Pathway's Tasklist plugin) is their page.
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

  @GetMapping("/api/me/notifications")
  Map<String, Object> notifications() {
    String user = currentUser();
    NotificationSettings.Settings chosen = settings.of(user);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("enabled", chosen.enabled());
    String account = camundaEmail(user);
    body.put("email", chosen.email() != null ? chosen.email() : account);
    // the address chosen in Pathway (none: the account's), and the account's own
    body.put("customEmail", chosen.email());
    body.put("accountEmail", account);
    body.put("mailConfigured", mail.isOn());
    body.put("calendarFeed", chosen.hasCalendarToken());
    body.put("newWork", chosen.kinds().newWork());
    body.put("dueSoon", chosen.kinds().dueSoon());
    body.put("overdue", chosen.kinds().overdue());
    body.put("weeklySummary", chosen.kinds().weeklySummary());
    body.put("digestInterval", properties.digestInterval().toString());
    body.put("dueSoonBefore", properties.dueSoonBefore().toString());
    body.put("overdueInterval", properties.overdueInterval().toString());
    return body;
  }

  /**
   * {@code enabled} (required) switches all mail on or off; {@code email} is another address than
   * the Camunda e-mail (left out: the Camunda e-mail); {@code newWork}, {@code dueSoon}, {@code
   * overdue} and {@code weeklySummary} choose each kind of mail, and a kind left out keeps what was
   * chosen before. A value that is not one gets 400 naming its field.
   */
  @PutMapping("/api/me/notifications")
  Map<String, Object> change(@RequestBody(required = false) Map<String, Object> choice) {
    String user = currentUser();
    Map<String, Object> given = choice == null ? Map.of() : choice;
    Boolean enabled = flag(given, "enabled");
    if (enabled == null) {
      throw bad("enabled: say true or false (notifications on or off)");
    }
    String email = null;
    Object address = given.get("email");
    if (address != null && !(address instanceof String)) {
      throw bad("email: give an e-mail address as text (name@example.org)");
    }
    if (address != null && !((String) address).isBlank()) {
      try {
        email = NotificationProperties.address("email", (String) address);
      } catch (IllegalArgumentException e) {
        throw bad(e.getMessage());
      }
    }
    NotificationSettings.Kinds before = settings.of(user).kinds();
    NotificationSettings.Kinds kinds =
        new NotificationSettings.Kinds(
            or(flag(given, "newWork"), before.newWork()),
            or(flag(given, "dueSoon"), before.dueSoon()),
            or(flag(given, "overdue"), before.overdue()),
            or(flag(given, "weeklySummary"), before.weeklySummary()));
    settings.save(user, enabled, email, kinds);
    return notifications();
  }

  private static Boolean flag(Map<String, Object> given, String field) {
    Object value = given.get(field);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    throw bad(field + ": say true or false, not '" + value + "'");
  }

  private static boolean or(Boolean chosen, boolean before) {
    return chosen == null ? before : chosen;
  }

  private static ResponseStatusException bad(String message) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
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
