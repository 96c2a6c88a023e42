package dev.pathway.reminders;

import org.springframework.context.ApplicationContext;

/**
 * One run of each of the scheduler's jobs, for code outside this package that drives them itself
 * (the benchmark of the due-soon and overdue scans): what {@link NotificationScheduler} runs.
 */
public final class ReminderRuns {

  private final Reminders reminders;
  private final MailOutbox outbox;

  public ReminderRuns(ApplicationContext context) {
    this.reminders = context.getBean(Reminders.class);
    this.outbox = context.getBean(MailOutbox.class);
  }

  /** The "due soon" mails written; how many. */
  public int dueSoon() {
    return reminders.composeDueSoon();
  }

  /** The "overdue" mails written; how many. */
  public int overdue() {
    return reminders.composeOverdue();
  }

  /** The mails of the outbox sent; how many. */
  public int send() {
    return outbox.sendDue();
  }
}
