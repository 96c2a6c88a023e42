package dev.pathway.reminders;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Whether mail is on: only when a mail server is configured ({@code spring.mail.host}). */
@Component
class Mail {

  private final ObjectProvider<JavaMailSender> sender;

  Mail(ObjectProvider<JavaMailSender> sender) {
    this.sender = sender;
  }

  boolean isOn() {
    return sender.getIfAvailable() != null;
  }

  Optional<JavaMailSender> sender() {
    return Optional.ofNullable(sender.getIfAvailable());
  }
}
