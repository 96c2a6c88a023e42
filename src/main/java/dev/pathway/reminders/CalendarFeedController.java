package dev.pathway.reminders;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/calendar/{token}.ics}: the due dates of a person's open tasks (assigned to them
 * or to their groups) as an iCalendar feed for Outlook or Google Calendar. The token (created and
 * revoked by its owner, {@link MyNotificationsController}) is the credential: calendar clients
 * cannot log in, so this path is the one under {@code /api} without HTTP Basic authentication; an
 * unknown or revoked token gets 401.
 */
@RestController
class CalendarFeedController {

  static final String PATH = "/api/calendar/";
  private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
  private static final Duration EVENT_LENGTH = Duration.ofMinutes(30);

  private final NotificationSettings settings;
  private final ProcessEngine engine;
  private final ProcessEngineConfigurationImpl configuration;
  private final NotificationProperties properties;

  CalendarFeedController(
      NotificationSettings settings,
      ProcessEngine engine,
      ProcessEngineConfigurationImpl configuration,
      NotificationProperties properties) {
    this.settings = settings;
    this.engine = engine;
    this.configuration = configuration;
    this.properties = properties;
  }

  @GetMapping(PATH + "{token}.ics")
  ResponseEntity<String> feed(@PathVariable String token) {
    String user =
        settings
            .userOfCalendarToken(token)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.UNAUTHORIZED,
                        "This calendar link is not valid (any more): create a new one"));
    Map<String, Task> tasks = new LinkedHashMap<>();
    configuration
        .getCommandExecutorTxRequired()
        .execute(
            context ->
                context.runWithoutAuthorization(
                    () -> {
                      engine
                          .getTaskService()
                          .createTaskQuery()
                          .taskAssignee(user)
                          .list()
                          .forEach(task -> tasks.put(task.getId(), task));
                      engine
                          .getTaskService()
                          .createTaskQuery()
                          .taskCandidateUser(user)
                          .list()
                          .forEach(task -> tasks.putIfAbsent(task.getId(), task));
                      return null;
                    }));
    Calendar calendar =
        new Calendar()
            .withProdId("-//Pathway//Task due dates//EN")
            .withDefaults()
            .getFluentTarget();
    tasks.values().stream()
        .filter(task -> task.getDueDate() != null)
        .sorted(Comparator.comparing(Task::getDueDate))
        .forEach(task -> calendar.add(event(task)));
    return ResponseEntity.ok().contentType(CALENDAR).body(calendar.toString());
  }

  private VEvent event(Task task) {
    VEvent event =
        new VEvent(task.getDueDate().toInstant(), EVENT_LENGTH, "Due: " + task.getName());
    String link = properties.taskLink(task.getId());
    event.add(new Uid(task.getId() + "@pathway"));
    event.add(
        new Description(
            (task.getDescription() == null ? "" : task.getDescription() + "\n") + link));
    event.add(new Url(java.net.URI.create(link)));
    return event;
  }
}
