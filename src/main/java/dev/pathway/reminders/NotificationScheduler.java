package dev.pathway.reminders;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Runs the reminders and the outbox on every node ({@code pathway.notifications.scheduler.enabled},
 * on by default; tests drive {@link Reminders} and {@link MailOutbox} themselves). Nothing happens
 * while mail is off.
 *
 * <p>Pathway schedules its jobs on a scheduler of its own, started and stopped with the application
 * context, and neither enables Spring's {@code @Scheduled} processing nor offers its scheduler as a
 * bean: a host application that embeds Pathway keeps its own scheduling as it configured it (its
 * {@code @Scheduled} methods stay off unless the host enables them).
 */
@Component
@ConditionalOnProperty(
    name = "pathway.notifications.scheduler.enabled",
    havingValue = "true",
    matchIfMissing = true)
class NotificationScheduler implements SmartLifecycle {

  static final String THREAD_NAME_PREFIX = "pathway-notifications-";

  private final Reminders reminders;
  private final MailOutbox outbox;
  private final Duration sendEvery;
  private final Duration remindEvery;
  private final CronTrigger summary;
  private ThreadPoolTaskScheduler scheduler;

  NotificationScheduler(
      Reminders reminders,
      MailOutbox outbox,
      @Value("${pathway.notifications.send-every:PT1M}") String sendEvery,
      @Value("${pathway.notifications.remind-every:PT15M}") String remindEvery,
      @Value("${pathway.notifications.summary-cron:0 0 7 * * MON}") String summaryCron) {
    this.reminders = reminders;
    this.outbox = outbox;
    this.sendEvery = interval("pathway.notifications.send-every", sendEvery);
    this.remindEvery = interval("pathway.notifications.remind-every", remindEvery);
    try {
      this.summary = new CronTrigger(summaryCron);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "pathway.notifications.summary-cron: '"
              + summaryCron
              + "' is not a cron expression (e.g. 0 0 7 * * MON): "
              + e.getMessage());
    }
  }

  private static Duration interval(String property, String value) {
    try {
      Duration duration = Duration.parse(value.strip());
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException();
      }
      return duration;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          property + ": '" + value + "' is not a positive ISO-8601 duration (e.g. PT1M)");
    }
  }

  void digestAndSend() {
    reminders.composeDigests();
    outbox.sendDue();
  }

  /** Due soon and overdue read every open task with a due date: less often than the digests. */
  void remind() {
    reminders.composeDueSoon();
    reminders.composeOverdue();
    outbox.sendDue();
  }

  void weeklySummary() {
    reminders.composeSummary();
    outbox.sendDue();
  }

  @Override
  public synchronized void start() {
    if (scheduler != null) {
      return;
    }
    ThreadPoolTaskScheduler started = new ThreadPoolTaskScheduler();
    started.setPoolSize(1);
    started.setThreadNamePrefix(THREAD_NAME_PREFIX);
    started.setDaemon(true);
    started.setWaitForTasksToCompleteOnShutdown(true);
    started.setAwaitTerminationSeconds(30);
    started.initialize();
    Instant now = Instant.now();
    started.scheduleWithFixedDelay(this::digestAndSend, now.plus(sendEvery), sendEvery);
    started.scheduleWithFixedDelay(this::remind, now.plus(remindEvery), remindEvery);
    started.schedule(this::weeklySummary, summary);
    scheduler = started;
  }

  @Override
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdown();
      scheduler = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return scheduler != null;
  }
}
