package dev.pathway.reminders;

import java.sql.Timestamp;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Notes a new task for everyone who gets it ({@code pw_new_work}), in the transaction that creates
 * the task: the next digest of each person lists it. Nothing is noted while mail is off.
 */
@Component
class NewWork {

  private final Mail mail;
  private final Recipients recipients;
  private final JdbcTemplate jdbc;

  NewWork(Mail mail, Recipients recipients, JdbcTemplate jdbc) {
    this.mail = mail;
    this.recipients = recipients;
    this.jdbc = jdbc;
  }

  void record(DelegateTask task) {
    if (!mail.isOn()) {
      return;
    }
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    // who holds a group is not the submitting person's business: read without their authorization
    Context.getCommandContext()
        .runWithoutAuthorization(() -> recipients.of(task.getAssignee(), task.getCandidates()))
        .forEach(
            user ->
                jdbc.update(
                    "INSERT INTO pw_new_work (task_id, user_id, created_at) VALUES (?, ?, ?)",
                    task.getId(),
                    user,
                    now));
  }
}
