package dev.pathway.reminders;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.autoconfigure.mail.MailProperties;

/**
 * A real SMTP server (GreenMail) on loopback, on the port the application under test sends to
 * ({@code spring.mail.port} of {@code @PathwayTest}); it can be stopped and started again.
 */
final class Smtp implements AutoCloseable {

  private final ServerSetup setup;
  private GreenMail server;

  Smtp(MailProperties mail) {
    this.setup = new ServerSetup(mail.getPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    start();
  }

  void start() {
    server = new GreenMail(setup);
    server.start();
  }

  void stop() {
    server.stop();
  }

  List<MimeMessage> to(String address) {
    return Arrays.stream(server.getReceivedMessages())
        .filter(message -> recipients(message).contains(address))
        .toList();
  }

  List<MimeMessage> all() {
    return List.of(server.getReceivedMessages());
  }

  private static List<String> recipients(MimeMessage message) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .map(Object::toString)
          .toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text of every part of a mail (plain text, then HTML), decoded. */
  static String content(MimeMessage message) {
    try {
      return text(message.getContent());
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(Object content) throws MessagingException, IOException {
    if (content instanceof Multipart multipart) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        all.append(text(multipart.getBodyPart(i).getContent())).append('\n');
      }
      return all.toString();
    }
    return String.valueOf(content);
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
