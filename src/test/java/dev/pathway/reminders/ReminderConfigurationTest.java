package dev.pathway.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Time limits and mail settings are checked at start-up: a bad value names its property. */
class ReminderConfigurationTest {

  @Configuration
  @EnableConfigurationProperties({DueDateProperties.class, NotificationProperties.class})
  static class Properties {}

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(Properties.class);

  @Test
  void theDefaultsAreSensible() {
    context.run(
        started -> {
          DueDateProperties due = started.getBean(DueDateProperties.class);
          assertThat(due.limit(TaskKind.APPROVAL)).isEqualTo(Period.ofDays(5));
          assertThat(due.limit(TaskKind.GATE_VOTE)).isEqualTo(Period.ofDays(7));
          assertThat(due.followUpBefore()).isEqualTo(Period.ofDays(2));
          NotificationProperties mail = started.getBean(NotificationProperties.class);
          assertThat(mail.digestInterval()).isEqualTo(Duration.ofHours(1));
          assertThat(mail.taskLink("t1"))
              .isEqualTo("http://localhost:8080/camunda/app/tasklist/default/#/?task=t1");
        });
  }

  @Test
  void aDurationThatIsNotIso8601StopsStartUpNamingTheProperty() {
    context
        .withPropertyValues("pathway.due-dates.gate-vote=5 days")
        .run(
            started ->
                assertThat(started.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("pathway.due-dates.gate-vote")
                    .hasMessageContaining("'5 days' is not an ISO-8601 duration"));
    context
        .withPropertyValues("pathway.notifications.digest-interval=hourly")
        .run(
            started ->
                assertThat(started.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("pathway.notifications.digest-interval"));
    context
        .withPropertyValues("pathway.due-dates.approval= ")
        .run(
            started ->
                assertThat(started.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("pathway.due-dates.approval is empty"));
  }

  @Test
  void aBadSenderAddressOrBaseUrlStopsStartUpNamingTheProperty() {
    context
        .withPropertyValues("pathway.notifications.from=pathway at example")
        .run(
            started ->
                assertThat(started.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("pathway.notifications.from")
                    .hasMessageContaining("is not an e-mail address"));
    context
        .withPropertyValues("pathway.notifications.from=pathway")
        .run(
            started ->
                assertThat(started.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("pathway.notifications.from"));
    context
        .withPropertyValues("pathway.notifications.base-url=localhost:8080")
        .run(
            started ->
                assertThat(started.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("pathway.notifications.base-url"));
    context
        .withPropertyValues("pathway.notifications.base-url=https://pathway.example.org/")
        .run(
            started ->
                assertThat(started.getBean(NotificationProperties.class).taskLink("t"))
                    .startsWith("https://pathway.example.org/camunda/"));
  }

  @Test
  void aBadSchedulerIntervalOrCronStopsStartUpNamingTheProperty() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new NotificationScheduler(null, null, "every minute", "PT15M", "0 0 7 * * MON"))
        .hasMessageContaining("pathway.notifications.send-every")
        .hasMessageContaining("'every minute' is not a positive ISO-8601 duration");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new NotificationScheduler(null, null, "PT1M", "PT0S", "0 0 7 * * MON"))
        .hasMessageContaining("pathway.notifications.remind-every");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new NotificationScheduler(null, null, "PT1M", "PT15M", "mondays at seven"))
        .hasMessageContaining("pathway.notifications.summary-cron");
  }

  @Test
  void theKindOfATaskFollowsItsIdInTheModel() {
    assertThat(TaskKind.of("phaseGateDecision")).isEqualTo(TaskKind.GATE_VOTE);
    assertThat(TaskKind.of("implementationPlanDecision")).isEqualTo(TaskKind.APPROVAL);
    assertThat(TaskKind.of("approveDocument")).isEqualTo(TaskKind.APPROVAL);
    assertThat(TaskKind.of("achievementAnalysis")).isEqualTo(TaskKind.ANALYSIS);
    assertThat(TaskKind.of("impactAssessment")).isEqualTo(TaskKind.ANALYSIS);
    assertThat(TaskKind.of("periodicReview")).isEqualTo(TaskKind.REVIEW);
    assertThat(TaskKind.of("gateVoteEscalation")).isEqualTo(TaskKind.ESCALATION);
    assertThat(TaskKind.of("policyCheck")).isEqualTo(TaskKind.TASK);
    assertThat(TaskKind.of(null)).isEqualTo(TaskKind.TASK);
    assertThat(TaskKind.ofProperty("gate-vote")).isEqualTo(TaskKind.GATE_VOTE);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TaskKind.ofProperty("vote"))
        .hasMessageContaining("'vote'");
  }
}
