package dev.pathway.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.identity.RoleGroups;
import dev.pathway.phase.GateModel;
import dev.pathway.phase.Outcome;
import dev.pathway.phase.PhaseModel;
import dev.pathway.startup.StartUpModel;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import dev.pathway.support.Scenario;
import dev.pathway.support.StartUpAnswers;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.TemplateEngine;

/**
 * Mail to a real SMTP server on loopback (GreenMail), on the engine's clock: the reminders and the
 * outbox are driven by the test, as the scheduler drives them every minute.
 */
@PathwayTest
class NotificationsTest {

  private static final Instant START = Instant.parse("2027-01-04T08:00:00Z");

  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;
  @Autowired TestRestTemplate http;
  @Autowired MailProperties mailProperties;
  @Autowired Reminders reminders;
  @Autowired MailOutbox outbox;
  @Autowired NotificationProperties properties;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired TransactionTemplate transactions;
  @Autowired NotificationSettings settings;
  @Autowired Recipients recipients;
  @Autowired RoleGroups roleGroups;

  @Autowired
  @Qualifier("pathwayMailTemplateEngine")
  TemplateEngine templates;

  private Smtp smtp;

  @BeforeEach
  void freshMailAndClock() {
    ClockUtil.setCurrentTime(Date.from(START));
    for (String table :
        List.of("pw_new_work", "pw_mail_outbox", "pw_task_reminder", "pw_notification_settings")) {
      jdbc.update("DELETE FROM " + table);
    }
    smtp = new Smtp(mailProperties);
  }

  @AfterEach
  void stop() {
    smtp.close();
    ClockUtil.reset();
  }

  @Test
  void aNewTaskForAGroupGivesEachMemberOneDigestWithTheTaskItsImplementationDueDateAndLink() {
    Scenario scenario = new Scenario(engine);
    scenario.startProgramme("tina", StartUpAnswers.start());
    Task first = scenario.openTasks().get(0);
    assertThat(first.getDueDate())
        .as("a task without a date of its own gets the limit of its kind (pathway.due-dates.task)")
        .isEqualTo(Date.from(START.plus(14, ChronoUnit.DAYS)));
    assertThat(first.getFollowUpDate()).isEqualTo(Date.from(START.plus(12, ChronoUnit.DAYS)));
    List<String> members = members(first);
    assertThat(members).hasSizeGreaterThan(1);

    reminders.composeDigests();
    outbox.sendDue();
    reminders.composeDigests();
    outbox.sendDue();

    for (String member : members) {
      assertThat(smtp.to(address(member))).as(member).hasSize(1);
      MimeMessage digest = smtp.to(address(member)).get(0);
      assertThat(Smtp.subject(digest)).isEqualTo("New task in Pathway: " + first.getName());
      assertThat(Smtp.content(digest))
          .contains(first.getName())
          .contains(scenario.businessKey())
          .contains("2027-01-18")
          .contains("http://pathway.test/camunda/app/tasklist/default/#/?task=" + first.getId())
          .contains("<a href=\"http://pathway.test/camunda/app/tasklist/default/#/?task=");
    }

    // more work within the hour waits for the next digest
    scenario.complete(members.get(0), first.getTaskDefinitionKey(), StartUpAnswers.understanding());
    reminders.composeDigests();
    outbox.sendDue();
    assertThat(smtp.to(address(members.get(0)))).hasSize(1);
    ClockUtil.setCurrentTime(Date.from(START.plus(61, ChronoUnit.MINUTES)));
    reminders.composeDigests();
    outbox.sendDue();
    Task second = scenario.openTasks().get(0);
    for (String member : members(second)) {
      assertThat(
              smtp.to(address(member)).stream()
                  .filter(mail -> Smtp.content(mail).contains(properties.taskLink(second.getId()))))
          .as(member)
          .hasSize(1);
    }
  }

  @Test
  void dueSoonAndOverdueMailsLinkToTheTaskAndOverdueRepeatsDaily() {
    Scenario scenario = new Scenario(engine);
    scenario.startProgramme("tina", StartUpAnswers.start());
    Task first = scenario.openTasks().get(0);
    String member = members(first).get(0);
    String link = properties.taskLink(first.getId());

    ClockUtil.setCurrentTime(Date.from(START.plus(13, ChronoUnit.DAYS)));
    scheduler().remind();
    scheduler().remind();
    assertThat(mailsAbout(member, link, "Due soon")).hasSize(1);

    ClockUtil.setCurrentTime(Date.from(START.plus(14, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS)));
    reminders.composeOverdue();
    reminders.composeOverdue();
    outbox.sendDue();
    assertThat(mailsAbout(member, link, "Overdue")).hasSize(1);
    assertThat(Smtp.content(mailsAbout(member, link, "Overdue").get(0)))
        .contains(first.getName())
        .contains(scenario.businessKey());

    ClockUtil.setCurrentTime(Date.from(START.plus(15, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS)));
    reminders.composeOverdue();
    outbox.sendDue();
    assertThat(mailsAbout(member, link, "Overdue")).as("once a day").hasSize(2);
  }

  @Test
  void aPersonWhoSwitchedOffGetsNoMailAndABadAddressIsRefusedNamingTheField() {
    Scenario probe = new Scenario(engine);
    probe.startProgramme("tina", StartUpAnswers.start());
    List<String> members = members(probe.openTasks().get(0));
    String off = members.get(1);
    String on = members.get(0);

    ResponseEntity<String> bad =
        RestClient.as(http, off)
            .put("/api/me/notifications", Map.of("enabled", true, "email", "not an address"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(RestClient.json(bad.getBody()).path("message").asText())
        .startsWith("email:")
        .contains("not an e-mail address");
    assertThat(RestClient.as(http, off).put("/api/me/notifications", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    scheduler().digestAndSend();
    assertThat(smtp.to(address(on))).hasSize(1);
    jdbc.update("DELETE FROM pw_notification_settings");
    jdbc.update("DELETE FROM pw_mail_outbox");
    smtp.stop();
    smtp.start();
    new Scenario(engine).startProgramme("tina", StartUpAnswers.start());

    ResponseEntity<String> switched =
        RestClient.as(http, off).put("/api/me/notifications", Map.of("enabled", false));
    assertThat(switched.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(RestClient.json(switched.getBody()).path("enabled").asBoolean()).isFalse();
    assertThat(
            RestClient.as(http, off).getJson("/api/me/notifications").path("enabled").asBoolean())
        .isFalse();

    reminders.composeDigests();
    outbox.sendDue();
    assertThat(smtp.to(address(on))).hasSize(1);
    assertThat(smtp.to(address(off))).isEmpty();

    // another address of one's own choosing
    RestClient.as(http, on)
        .put("/api/me/notifications", Map.of("enabled", true, "email", "lead@example.org"));
    ClockUtil.setCurrentTime(Date.from(START.plus(2, ChronoUnit.HOURS)));
    new Scenario(engine).startProgramme("tina", StartUpAnswers.start());
    reminders.composeDigests();
    outbox.sendDue();
    assertThat(smtp.to("lead@example.org")).hasSize(1);
    assertThat(smtp.to(address(off))).isEmpty();
    assertThat(RestClient.anonymous(http).get("/api/me/notifications").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void eachKindOfMailIsChosenOnItsOwnAndABadChoiceIsRefusedNamingTheField() {
    Scenario scenario = new Scenario(engine);
    scenario.startProgramme("tina", StartUpAnswers.start());
    Task first = scenario.openTasks().get(0);
    List<String> members = members(first);
    String chooser = members.get(0);
    String other = members.get(1);
    String link = properties.taskLink(first.getId());

    JsonNode defaults = RestClient.as(http, chooser).getJson("/api/me/notifications");
    assertThat(defaults.path("enabled").asBoolean()).isTrue();
    assertThat(defaults.path("newWork").asBoolean()).isTrue();
    assertThat(defaults.path("dueSoon").asBoolean()).isTrue();
    assertThat(defaults.path("overdue").asBoolean()).isTrue();
    assertThat(defaults.path("weeklySummary").asBoolean()).isTrue();
    assertThat(defaults.path("dueSoonBefore").asText()).isEqualTo("P2D");

    ResponseEntity<String> bad =
        RestClient.as(http, chooser)
            .put("/api/me/notifications", Map.of("enabled", true, "dueSoon", "sometimes"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(RestClient.json(bad.getBody()).path("message").asText())
        .startsWith("dueSoon:")
        .contains("true or false");

    JsonNode chosen =
        RestClient.json(
            RestClient.as(http, chooser)
                .put(
                    "/api/me/notifications",
                    Map.of("enabled", true, "newWork", false, "dueSoon", false))
                .getBody());
    assertThat(chosen.path("newWork").asBoolean()).isFalse();
    assertThat(chosen.path("dueSoon").asBoolean()).isFalse();
    assertThat(chosen.path("overdue").asBoolean()).isTrue();
    JsonNode switchedAgain =
        RestClient.json(
            RestClient.as(http, chooser)
                .put("/api/me/notifications", Map.of("enabled", true))
                .getBody());
    assertThat(switchedAgain.path("dueSoon").asBoolean())
        .as("the main switch alone keeps the kinds chosen")
        .isFalse();

    scheduler().digestAndSend();
    assertThat(smtp.to(address(chooser))).as("no digest of new work").isEmpty();
    assertThat(smtp.to(address(other))).hasSize(1);

    ClockUtil.setCurrentTime(Date.from(START.plus(13, ChronoUnit.DAYS)));
    scheduler().remind();
    assertThat(mailsAbout(chooser, link, "Due soon")).isEmpty();
    assertThat(mailsAbout(other, link, "Due soon")).hasSize(1);

    ClockUtil.setCurrentTime(Date.from(START.plus(14, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS)));
    scheduler().remind();
    assertThat(mailsAbout(chooser, link, "Overdue")).as("overdue mail stays on").hasSize(1);
  }

  @Test
  void manyOverdueTasksMakeOneMailThatListsTheFiftyDueFirstAndSaysHowManyMore() {
    String deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .addModelInstance(
                "many-tasks.bpmn",
                Bpmn.createExecutableProcess("many-tasks")
                    .camundaHistoryTimeToLive(1)
                    .startEvent()
                    .userTask("securityReview")
                    .name("Security review")
                    .camundaCandidateGroups("security-management")
                    .endEvent()
                    .done())
            .deploy()
            .getId();
    try {
      for (int i = 0; i < Reminders.LISTED_PER_MAIL + 5; i++) {
        ClockUtil.setCurrentTime(Date.from(START.plus(i, ChronoUnit.MINUTES)));
        engine.getRuntimeService().startProcessInstanceByKey("many-tasks", "many-" + i);
      }
      ClockUtil.setCurrentTime(Date.from(START.plus(15, ChronoUnit.DAYS)));
      reminders.composeOverdue();
      outbox.sendDue();

      List<MimeMessage> overdue =
          smtp.to(address("sam")).stream()
              .filter(mail -> Smtp.subject(mail).endsWith("overdue tasks in Pathway"))
              .toList();
      assertThat(overdue).as("one mail, however many tasks").hasSize(1);
      int count = Integer.parseInt(Smtp.subject(overdue.get(0)).split(" ")[0]);
      assertThat(count).isGreaterThanOrEqualTo(Reminders.LISTED_PER_MAIL + 5);
      String text = Smtp.content(overdue.get(0));
      assertThat(text).contains("Here are the 50 due first of " + count);
      assertThat(text.split("Open in Tasklist: ", -1)).hasSize(Reminders.LISTED_PER_MAIL + 1);
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  @Test
  void whileTheMailServerIsDownTasksCompleteAndItsMailGoesOutOnceItIsBackNoneLostNoneTwice() {
    smtp.stop();
    Scenario scenario = new Scenario(engine);
    scenario.startProgramme("tina", StartUpAnswers.start());
    Task first = scenario.openTasks().get(0);
    scenario.complete(
        members(first).get(0), first.getTaskDefinitionKey(), StartUpAnswers.understanding());
    assertThat(scenario.openTasks())
        .isNotEmpty()
        .noneMatch(task -> task.getId().equals(first.getId()));

    int written = reminders.composeDigests();
    assertThat(written).isPositive();
    assertThat(outbox.sendDue()).isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM pw_mail_outbox WHERE sent_at IS NULL AND attempts = 1",
                Integer.class))
        .isEqualTo(written);

    smtp.start();
    assertThat(outbox.sendDue()).as("not before the pause after a failure").isZero();
    ClockUtil.setCurrentTime(Date.from(START.plus(6, ChronoUnit.MINUTES)));
    assertThat(outbox.sendDue()).isEqualTo(written);
    assertThat(outbox.sendDue()).isZero();
    List<MimeMessage> received = smtp.all();
    assertThat(received).hasSize(written);
    Set<String> recipients = new HashSet<>();
    for (MimeMessage message : received) {
      assertThat(recipients.add(String.join(",", toAddresses(message))))
          .as("one digest per person")
          .isTrue();
    }
  }

  @Test
  void theCalendarFeedParsesAndARevokedTokenGets401() throws Exception {
    Scenario scenario = new Scenario(engine);
    scenario.startProgramme("tina", StartUpAnswers.start());
    Task first = scenario.openTasks().get(0);
    String member = members(first).get(0);

    ResponseEntity<String> created =
        RestClient.as(http, member).post("/api/me/calendar-token", null);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode token = RestClient.json(created.getBody());
    assertThat(token.path("url").asText())
        .isEqualTo("http://pathway.test/api/calendar/" + token.path("token").asText() + ".ics");
    String feedPath = "/api/calendar/" + token.path("token").asText() + ".ics";

    ResponseEntity<String> feed = RestClient.anonymous(http).get(feedPath);
    assertThat(feed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(feed.getHeaders().getContentType().toString()).startsWith("text/calendar");
    Calendar calendar = new CalendarBuilder().build(new StringReader(feed.getBody()));
    List<VEvent> events = calendar.getComponents("VEVENT");
    VEvent event =
        events.stream()
            .filter(e -> e.getUid().get().getValue().equals(first.getId() + "@pathway"))
            .findFirst()
            .orElseThrow();
    assertThat(event.getSummary().getValue()).isEqualTo("Due: " + first.getName());
    assertThat(event.getDescription().getValue()).contains(properties.taskLink(first.getId()));
    assertThat(event.getDateTimeStart().getValue()).isEqualTo("20270118T080000Z");
    assertThat(
            RestClient.as(http, member)
                .getJson("/api/me/notifications")
                .path("calendarFeed")
                .asBoolean())
        .isTrue();

    ResponseEntity<String> revoked =
        http.withBasicAuth(member, member)
            .exchange("/api/me/calendar-token", HttpMethod.DELETE, null, String.class);
    assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(RestClient.anonymous(http).get(feedPath).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(RestClient.anonymous(http).get("/api/calendar/guessed.ics").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void anOverdueGateVoteOpensAnEscalationTaskForTopManagementSayingWhatIsLateAndSinceWhen() {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    implementation.completeActivities(activity -> Outcome.ACHIEVED);
    implementation.analyse();
    Scenario scenario = implementation.scenario();
    Task vote = scenario.task(GateModel.BOARD_VOTE_TASK);
    assertThat(vote.getDueDate()).isEqualTo(Date.from(START.plus(7, ChronoUnit.DAYS)));
    Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(vote.getProcessInstanceId())
            .activityId("gateVoteLateTimer")
            .singleResult();
    assertThat(timer.getDuedate()).isEqualTo(Date.from(START.plus(7, ChronoUnit.DAYS)));

    ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(7)).plusSeconds(60)));
    engine.getManagementService().executeJob(timer.getId());

    Task escalation = scenario.task("gateVoteEscalation");
    assertThat(implementation.candidateGroups(escalation)).containsExactly("top-management");
    assertThat(escalation.getName())
        .isEqualTo("Escalation: Phase 1 gate: implementation board vote is late");
    assertThat(escalation.getDescription())
        .contains("\"Phase 1 gate: implementation board vote\" of implementation")
        .contains(scenario.businessKey())
        .contains("waiting since 2027-01-04")
        .contains("due since 2027-01-11");
    assertThat(scenario.task(GateModel.BOARD_VOTE_TASK).getId())
        .as("the vote stays open")
        .isEqualTo(vote.getId());

    reminders.composeDigests();
    outbox.sendDue();
    assertThat(
            smtp.to(address("tina")).stream()
                .filter(
                    mail -> Smtp.content(mail).contains(properties.taskLink(escalation.getId()))))
        .hasSize(1);

    // the phase ends with its gate, whether or not the escalation was answered
    implementation.passGate();
    assertThat(scenario.tasks(GateModel.BOARD_VOTE_TASK)).isEmpty();
    assertThat(scenario.tasks("gateVoteEscalation")).isEmpty();
    assertThat(scenario.task(PhaseModel.PLAN_ADJUSTMENT_TASK).getName())
        .isEqualTo("Adjust the plan for Phase 2");
  }

  @Test
  void aLateApprovalOfTheStartUpProjectOpensAnEscalationTaskForTheProjectTeam() {
    Scenario scenario = new Scenario(engine);
    scenario.startProgramme("tina", StartUpAnswers.start());
    for (StartUpAnswers.Step step : StartUpAnswers.annexA(catalogue, Map.of()).subList(0, 2)) {
      scenario.complete(step.user(), step.taskDefinitionKey(), step.values());
    }
    Task approval = scenario.task(StartUpModel.GAP_ANALYSIS_BUSINESS_CASE_DECISION_TASK);
    assertThat(approval.getDueDate())
        .as("pathway.due-dates.approval")
        .isEqualTo(Date.from(START.plus(5, ChronoUnit.DAYS)));
    Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(approval.getProcessInstanceId())
            .activityId("gapAnalysisApprovalLateTimer")
            .singleResult();
    ClockUtil.setCurrentTime(Date.from(START.plus(5, ChronoUnit.DAYS).plusSeconds(60)));
    engine.getManagementService().executeJob(timer.getId());

    Task escalation = scenario.task("gapAnalysisApprovalEscalation");
    assertThat(escalation.getName()).isEqualTo("Escalation: " + approval.getName() + " is late");
    assertThat(escalation.getDescription()).contains("due since 2027-01-09 08:00");
    assertThat(escalation.getDueDate())
        .as("pathway.due-dates.escalation")
        .isEqualTo(Date.from(START.plus(8, ChronoUnit.DAYS).plusSeconds(60)));
    assertThat(engine.getTaskService().getIdentityLinksForTask(escalation.getId()))
        .extracting(IdentityLink::getGroupId)
        .containsExactly("project-team");
    assertThat(escalation.getAssignee())
        .as("no project leader is named before Annex A f)")
        .isNull();
    assertThat(scenario.tasks(StartUpModel.GAP_ANALYSIS_BUSINESS_CASE_DECISION_TASK)).hasSize(1);

    scenario.complete(
        "paul",
        escalation,
        Map.of(Escalations.ESCALATION_ACTION.name(), "Reminded the sponsor; decision on Friday"));
    assertThat(scenario.tasks("gapAnalysisApprovalEscalation")).isEmpty();
    assertThat(scenario.tasks(StartUpModel.GAP_ANALYSIS_BUSINESS_CASE_DECISION_TASK)).hasSize(1);
  }

  @Test
  void aTargetEndInThePastIsRefusedNamingTheFieldAndAChangedOneBecomesTheActivitiesDueDate() {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    Task adjustment = implementation.scenario().task(PhaseModel.PLAN_ADJUSTMENT_TASK);
    Map<String, Object> answers = new java.util.HashMap<>();
    answers.put(PhaseModel.PLAN_ADJUSTMENT_NOTES.name(), "Dates moved");
    answers.put(PhaseModel.PLAN_CONFIRMED.name(), true);
    answers.put(PhaseModel.TARGET_END.name(), "2026-12-31");
    ResponseEntity<String> past =
        RestClient.as(http, "paul").submitTaskForm(adjustment.getId(), answers);
    assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(RestClient.json(past.getBody()).path("message").asText())
        .contains(PhaseModel.TARGET_END.name())
        .contains("must not be in the past");

    answers.put(PhaseModel.TARGET_END.name(), "2027-06-30");
    assertThat(
            RestClient.as(http, "paul").submitTaskForm(adjustment.getId(), answers).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Task activity = implementation.activityTasks().get(0);
    assertThat(activity.getDueDate()).isEqualTo(DueDates.startOf("2027-06-30"));
    assertThat(activity.getFollowUpDate()).isEqualTo(DueDates.startOf("2027-06-28"));
  }

  @Test
  void theProcessOwnersGetAWeeklySummaryOfOverdueActivitiesPerArea() {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    Task activity = implementation.activityTasks().get(0);
    assertThat(activity.getDueDate()).isEqualTo(DueDates.startOf("2027-03-31"));
    String area = catalogue.activity(implementation.activityId(activity)).area().name();

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-04-05T07:00:00Z")));
    reminders.composeSummary();
    reminders.composeSummary();
    outbox.sendDue();
    List<MimeMessage> summaries =
        smtp.to(address("sofia")).stream()
            .filter(mail -> Smtp.subject(mail).contains("overdue activities in Pathway, by area"))
            .toList();
    assertThat(summaries).as("once a week").hasSize(1);
    assertThat(Smtp.content(summaries.get(0)))
        .contains(area + " (")
        .contains(activity.getName())
        .contains(implementation.scenario().businessKey())
        .contains(properties.taskLink(activity.getId()));

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-04-12T07:00:00Z")));
    scheduler().weeklySummary();
    assertThat(
            smtp.to(address("sofia")).stream()
                .filter(mail -> Smtp.subject(mail).contains("by area")))
        .as("a week later")
        .hasSize(2);
  }

  @Test
  void withoutAMailServerNothingIsWrittenOrSent() {
    Mail off = new Mail(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class));
    MailOutbox outboxOff = new MailOutbox(jdbc, off, properties);
    Reminders remindersOff =
        new Reminders(
            engine,
            configuration,
            jdbc,
            transactions,
            off,
            outboxOff,
            settings,
            recipients,
            properties,
            templates,
            catalogue,
            roleGroups);
    new Scenario(engine).startProgramme("tina", StartUpAnswers.start());
    ClockUtil.setCurrentTime(Date.from(START.plus(30, ChronoUnit.DAYS)));
    assertThat(off.isOn()).isFalse();
    assertThat(remindersOff.composeDigests()).isZero();
    assertThat(remindersOff.composeDueSoon()).isZero();
    assertThat(remindersOff.composeOverdue()).isZero();
    assertThat(remindersOff.composeSummary()).isZero();
    assertThat(outboxOff.sendDue()).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pw_mail_outbox", Integer.class)).isZero();
    assertThat(smtp.all()).isEmpty();
  }

  @Test
  void theSchedulerRunsOnAThreadOfItsOwnFromStartToStop() {
    NotificationScheduler scheduler =
        new NotificationScheduler(reminders, outbox, "PT1H", "PT1H", "0 0 7 * * MON");
    assertThat(scheduler.isRunning()).isFalse();
    scheduler.start();
    try {
      assertThat(scheduler.isRunning()).isTrue();
      assertThat(Thread.getAllStackTraces().keySet())
          .anyMatch(
              thread -> thread.getName().startsWith(NotificationScheduler.THREAD_NAME_PREFIX));
    } finally {
      scheduler.stop();
    }
    assertThat(scheduler.isRunning()).isFalse();
  }

  private NotificationScheduler scheduler() {
    return new NotificationScheduler(reminders, outbox, "PT1M", "PT15M", "0 0 7 * * MON");
  }

  private List<MimeMessage> mailsAbout(String user, String link, String subject) {
    return smtp.to(address(user)).stream()
        .filter(
            mail ->
                Smtp.subject(mail).startsWith(subject)
                    || Smtp.subject(mail).contains(subject.toLowerCase()))
        .filter(mail -> Smtp.content(mail).contains(link))
        .toList();
  }

  private static List<String> toAddresses(MimeMessage message) {
    try {
      List<String> addresses = new ArrayList<>();
      for (var address : message.getAllRecipients()) {
        addresses.add(address.toString());
      }
      return addresses;
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String address(String user) {
    return user + "@demo.pathway.dev";
  }

  /** The people a task reaches: the members of its candidate groups. */
  private List<String> members(Task task) {
    Set<String> members = new LinkedHashSet<>();
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
      if (link.getGroupId() != null) {
        engine
            .getIdentityService()
            .createUserQuery()
            .memberOfGroup(link.getGroupId())
            .list()
            .stream()
            .map(User::getId)
            .forEach(members::add);
      }
    }
    return new ArrayList<>(members);
  }
}
