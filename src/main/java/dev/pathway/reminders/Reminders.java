package dev.pathway.reminders;

import static dev.pathway.reminders.MailOutbox.minus;
import static dev.pathway.reminders.MailOutbox.now;
import static dev.pathway.reminders.MailOutbox.plus;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.identity.RoleGroups;
import dev.pathway.phase.PhaseModel;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.TemplateEngine;

/**
 * Writes the mails into the outbox: the digest of new work (at most one per person per {@code
 * digest-interval}), "due soon" (once per task, {@code due-soon-before} its due date), "overdue"
 * (once per {@code overdue-interval}) and the weekly summary of overdue activities per area for the
 * process owners. Each person's mail is written in a transaction of its own, whose first step takes
 * the person's turn: two nodes never write the same mail.
 */
@Component
class Reminders {

  private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  static final String DIGEST = "digest";
  static final String DUE_SOON = "due-soon";
  static final String OVERDUE = "overdue";
  static final String SUMMARY = "summary";
  private static final String SUMMARY_ROW = "weekly-summary";
  private static final String PROCESS_OWNER = "process-owner";

  /**
   * The most tasks one mail lists (the ones due first); it says how many more there are. A mail of
   * a thousand overdue tasks is read by nobody, and would not fit the outbox's row.
   */
  static final int LISTED_PER_MAIL = 50;

  /** The most activities the weekly summary lists per area (the ones due first). */
  static final int LISTED_PER_AREA = 10;

  private final ProcessEngine engine;
  private final ProcessEngineConfigurationImpl configuration;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final Mail mail;
  private final MailOutbox outbox;
  private final NotificationSettings settings;
  private final Recipients recipients;
  private final NotificationProperties properties;
  private final TemplateEngine templates;
  private final Catalogue catalogue;
  private final RoleGroups roleGroups;

  Reminders(
      ProcessEngine engine,
      ProcessEngineConfigurationImpl configuration,
      JdbcTemplate jdbc,
      TransactionTemplate transactions,
      Mail mail,
      MailOutbox outbox,
      NotificationSettings settings,
      Recipients recipients,
      NotificationProperties properties,
      @Qualifier("pathwayMailTemplateEngine") TemplateEngine templates,
      Catalogue catalogue,
      RoleGroups roleGroups) {
    this.engine = engine;
    this.configuration = configuration;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.mail = mail;
    this.outbox = outbox;
    this.settings = settings;
    this.recipients = recipients;
    this.properties = properties;
    this.templates = templates;
    this.catalogue = catalogue;
    this.roleGroups = roleGroups;
  }

  /** The digests of new work that are due; returns how many mails were written. */
  int composeDigests() {
    if (!mail.isOn()) {
      return 0;
    }
    Timestamp now = now();
    Timestamp notBefore = minus(now, properties.digestInterval());
    List<String> users =
        jdbc.queryForList("SELECT DISTINCT user_id FROM pw_new_work", String.class);
    return perUser(users, user -> digest(user, now, notBefore));
  }

  private boolean digest(String user, Timestamp now, Timestamp notBefore) {
    if (!settings.takeDigestTurn(user, now, notBefore)) {
      return false;
    }
    List<String> taskIds =
        jdbc.queryForList(
            "SELECT task_id FROM pw_new_work WHERE user_id = ? AND created_at <= ?",
            String.class,
            user,
            now);
    jdbc.update("DELETE FROM pw_new_work WHERE user_id = ? AND created_at <= ?", user, now);
    List<Task> open =
        taskIds.isEmpty()
            ? List.of()
            : engineRead(
                () ->
                    engine
                        .getTaskService()
                        .createTaskQuery()
                        .taskIdIn(taskIds.toArray(String[]::new))
                        .orderByDueDate()
                        .asc()
                        .list());
    return write(
        DIGEST,
        user,
        open,
        open.size() == 1
            ? "New task in Pathway: " + open.get(0).getName()
            : open.size() + " new tasks in Pathway",
        "Your new work in Pathway",
        "These tasks arrived for you or for a group you belong to.");
  }

  /** "Due soon" mails: each task once, {@code due-soon-before} its due date. */
  int composeDueSoon() {
    if (!mail.isOn()) {
      return 0;
    }
    Timestamp now = now();
    List<Task> tasks =
        engineRead(
            () ->
                engine
                    .getTaskService()
                    .createTaskQuery()
                    .dueAfter(now)
                    .dueBefore(plus(now, properties.dueSoonBefore()))
                    .orderByDueDate()
                    .asc()
                    .list());
    return perRecipient(
        tasks,
        (user, theirs) -> {
          List<Task> remind =
              theirs.stream()
                  .filter(task -> takeTurn(task.getId(), user, DUE_SOON, now, null))
                  .toList();
          return write(
              DUE_SOON,
              user,
              remind,
              remind.size() == 1
                  ? "Due soon: " + remind.get(0).getName()
                  : remind.size() + " tasks due soon in Pathway",
              "Due soon",
              "These tasks of yours or your groups are due within "
                  + properties.dueSoonBefore()
                  + ".");
        });
  }

  /** "Overdue" mails: every {@code overdue-interval} while a task is past its due date. */
  int composeOverdue() {
    if (!mail.isOn()) {
      return 0;
    }
    Timestamp now = now();
    Timestamp notBefore = minus(now, properties.overdueInterval());
    List<Task> tasks = overdueTasks(now);
    return perRecipient(
        tasks,
        (user, theirs) -> {
          List<Task> remind =
              theirs.stream()
                  .filter(task -> takeTurn(task.getId(), user, OVERDUE, now, notBefore))
                  .toList();
          return write(
              OVERDUE,
              user,
              remind,
              remind.size() == 1
                  ? "Overdue: " + remind.get(0).getName()
                  : remind.size() + " overdue tasks in Pathway",
              "Overdue",
              "These tasks of yours or your groups are past their due date.");
        });
  }

  /**
   * The weekly summary for the process owners: the overdue Table B.1 activities of every
   * implementation, per area.
   */
  int composeSummary() {
    if (!mail.isOn()) {
      return 0;
    }
    Timestamp now = now();
    Timestamp notBefore = minus(now, properties.summaryInterval());
    List<Task> activities =
        overdueTasks(now).stream()
            .filter(task -> PhaseModel.isActivityTask(task.getTaskDefinitionKey()))
            .toList();
    if (activities.isEmpty()) {
      return 0;
    }
    Map<String, List<Task>> byArea = new TreeMap<>();
    engineRead(
        () -> {
          for (Task task : activities) {
            Object activityId =
                engine.getTaskService().getVariable(task.getId(), PhaseModel.ACTIVITY_ID.name());
            String area =
                activityId == null
                    ? task.getName()
                    : catalogue.activity(activityId.toString()).area().name();
            byArea.computeIfAbsent(area, key -> new ArrayList<>()).add(task);
          }
          return null;
        });
    Set<String> owners = new LinkedHashSet<>();
    engineRead(
        () -> {
          roleGroups.groupsOf(PROCESS_OWNER).forEach(group -> recipients.membersOf(group, owners));
          return null;
        });
    Map<String, String> implementations = implementationsOf(activities);
    List<MailTemplates.Section> sections =
        byArea.entrySet().stream()
            .map(
                area ->
                    new MailTemplates.Section(
                        area.getKey()
                            + " ("
                            + area.getValue().size()
                            + " overdue"
                            + (area.getValue().size() > LISTED_PER_AREA
                                ? ", the " + LISTED_PER_AREA + " due first listed"
                                : "")
                            + ")",
                        items(first(area.getValue(), LISTED_PER_AREA), implementations)))
            .toList();
    return perUser(
        owners,
        user -> {
          if (!takeTurn(SUMMARY_ROW, user, SUMMARY, now, notBefore)) {
            return false;
          }
          return send(
              SUMMARY,
              user,
              MailTemplates.render(
                  templates,
                  activities.size() + " overdue activities in Pathway, by area",
                  "Overdue activities by area",
                  "The Table B.1 activities past their phase's target end, per process area.",
                  sections,
                  settingsHint()));
        });
  }

  private List<Task> overdueTasks(Timestamp now) {
    return engineRead(
        () ->
            engine.getTaskService().createTaskQuery().dueBefore(now).orderByDueDate().asc().list());
  }

  private interface PerUser {
    boolean write(String user, List<Task> tasks);
  }

  /** One mail per person, listing the tasks among these that reach them. */
  private int perRecipient(List<Task> tasks, PerUser writer) {
    Map<String, List<Task>> byUser = new LinkedHashMap<>();
    Map<String, Set<String>> members = new HashMap<>();
    engineRead(
        () -> {
          for (Task task : tasks) {
            Collection<String> users =
                recipients.of(
                    task.getAssignee(),
                    engine.getTaskService().getIdentityLinksForTask(task.getId()),
                    members);
            users.forEach(user -> byUser.computeIfAbsent(user, key -> new ArrayList<>()).add(task));
          }
          return null;
        });
    return perUser(byUser.keySet(), user -> writer.write(user, byUser.get(user)));
  }

  private interface UserMail {
    boolean write(String user);
  }

  private int perUser(Collection<String> users, UserMail writer) {
    int written = 0;
    for (String user : users) {
      try {
        if (Boolean.TRUE.equals(transactions.execute(status -> writer.write(user)))) {
          written++;
        }
      } catch (DataAccessException takenByAnotherNode) {
        LOG.info("Mail for {} left to another node: {}", user, takenByAnotherNode.toString());
      }
    }
    return written;
  }

  /**
   * Takes the turn of a reminder: true once (no {@code notBefore}) or once per interval (the last
   * one sent before {@code notBefore}).
   */
  private boolean takeTurn(
      String taskId, String user, String kind, Timestamp now, Timestamp notBefore) {
    if (notBefore != null
        && jdbc.update(
                "UPDATE pw_task_reminder SET sent_at = ? WHERE task_id = ? AND user_id = ?"
                    + " AND kind = ? AND sent_at <= ?",
                now,
                taskId,
                user,
                kind,
                notBefore)
            == 1) {
      return true;
    }
    Integer sent =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM pw_task_reminder WHERE task_id = ? AND user_id = ? AND kind = ?",
            Integer.class,
            taskId,
            user,
            kind);
    if (sent != null && sent > 0) {
      return false;
    }
    jdbc.update(
        "INSERT INTO pw_task_reminder (task_id, user_id, kind, sent_at) VALUES (?, ?, ?, ?)",
        taskId,
        user,
        kind,
        now);
    return true;
  }

  private boolean write(
      String kind, String user, List<Task> tasks, String subject, String heading, String intro) {
    if (tasks.isEmpty()) {
      return false;
    }
    List<Task> listed = first(tasks, LISTED_PER_MAIL);
    return send(
        kind,
        user,
        MailTemplates.render(
            templates,
            subject,
            heading,
            listed.size() < tasks.size()
                ? intro
                    + " Here are the "
                    + listed.size()
                    + " due first of "
                    + tasks.size()
                    + "; Tasklist shows them all (sort by due date, or open the Overdue filter)."
                : intro,
            List.of(new MailTemplates.Section(null, items(listed, implementationsOf(listed)))),
            settingsHint()));
  }

  /** The first {@code most} of these (they come in the order of their due dates). */
  private static List<Task> first(List<Task> tasks, int most) {
    return tasks.size() <= most ? tasks : tasks.subList(0, most);
  }

  private boolean send(String kind, String user, MailTemplates.Rendered rendered) {
    String address = engineRead(() -> recipients.addressOf(user, kind).orElse(null));
    if (address == null) {
      return false;
    }
    outbox.add(kind, user, address, rendered);
    return true;
  }

  private String settingsHint() {
    return "To choose which mails you get, or to stop them, open \"My notifications\" in the header"
        + " of Tasklist ("
        + properties.baseUrl()
        + "/camunda/app/tasklist/), or PUT "
        + properties.baseUrl()
        + "/api/me/notifications with {\"enabled\": false}.";
  }

  private List<MailTemplates.Item> items(List<Task> tasks, Map<String, String> implementations) {
    return tasks.stream()
        .map(
            task ->
                new MailTemplates.Item(
                    task.getName(),
                    implementations.getOrDefault(task.getProcessInstanceId(), "-"),
                    task.getDueDate() == null
                        ? "no due date"
                        : DUE.format(task.getDueDate().toInstant().atZone(ZoneId.systemDefault())),
                    properties.taskLink(task.getId())))
        .toList();
  }

  /** The implementation each task belongs to: its process instance's business key. */
  private Map<String, String> implementationsOf(List<Task> tasks) {
    Set<String> instances = new LinkedHashSet<>();
    tasks.forEach(task -> instances.add(task.getProcessInstanceId()));
    Map<String, String> keys = new HashMap<>();
    if (instances.isEmpty()) {
      return keys;
    }
    engineRead(
        () -> {
          for (ProcessInstance instance :
              engine
                  .getRuntimeService()
                  .createProcessInstanceQuery()
                  .processInstanceIds(instances)
                  .list()) {
            keys.put(
                instance.getId(),
                instance.getBusinessKey() == null ? instance.getId() : instance.getBusinessKey());
          }
          return null;
        });
    return keys;
  }

  private <T> T engineRead(Callable<T> call) {
    return configuration
        .getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(call));
  }
}
