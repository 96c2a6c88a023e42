package dev.pathway.reminders;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the reminders and the outbox on every node ({@code pathway.notifications.scheduler.enabled},
 * on by default; tests drive {@link Reminders} and {@link MailOutbox} themselves). Nothing happens
 * while mail is off.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(
    name = "pathway.notifications.scheduler.enabled",
    havingValue = "true",
    matchIfMissing = true)
class NotificationScheduler {

  private final Reminders reminders;
  private final MailOutbox outbox;

  NotificationScheduler(Reminders reminders, MailOutbox outbox) {
    this.reminders = reminders;
    this.outbox = outbox;
  }

  @Scheduled(
      initialDelayString = "${pathway.notifications.send-every:PT1M}",
      fixedDelayString = "${pathway.notifications.send-every:PT1M}")
  void digestAndSend() {
    reminders.composeDigests();
    outbox.sendDue();
  }

  /** Due soon and overdue read every open task with a due date: less often than the digests. */
  @Scheduled(
      initialDelayString = "${pathway.notifications.remind-every:PT15M}",
      fixedDelayString = "${pathway.notifications.remind-every:PT15M}")
  void remind() {
    reminders.composeDueSoon();
    reminders.composeOverdue();
    outbox.sendDue();
  }

  @Scheduled(cron = "${pathway.notifications.summary-cron:0 0 7 * * MON}")
  void weeklySummary() {
    reminders.composeSummary();
    outbox.sendDue();
  }
}
