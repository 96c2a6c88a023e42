package dev.pathway.reminders;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.temporal.TemporalAmount;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail notifications ({@code pathway.notifications.*}). Mail is off unless a mail server is
 * configured ({@code spring.mail.host}). Checked at start-up: a bad value stops start-up with a
 * message naming the property.
 */
@ConfigurationProperties("pathway.notifications")
public class NotificationProperties {

  private static final String PREFIX = "pathway.notifications.";

  private final String baseUrl;
  private final String from;
  private final TemporalAmount digestInterval;
  private final TemporalAmount dueSoonBefore;
  private final TemporalAmount overdueInterval;
  private final TemporalAmount summaryInterval;
  private final TemporalAmount retryAfter;
  private final TemporalAmount claimFor;

  public NotificationProperties(
      @DefaultValue("http://localhost:8080") String baseUrl,
      @DefaultValue("pathway@localhost") String from,
      @DefaultValue("PT1H") String digestInterval,
      @DefaultValue("P2D") String dueSoonBefore,
      @DefaultValue("P1D") String overdueInterval,
      @DefaultValue("P7D") String summaryInterval,
      @DefaultValue("PT5M") String retryAfter,
      @DefaultValue("PT5M") String claimFor) {
    this.baseUrl = url(baseUrl);
    this.from = address(PREFIX + "from", from);
    this.digestInterval = IsoDurations.parse(PREFIX + "digest-interval", digestInterval);
    this.dueSoonBefore = IsoDurations.parse(PREFIX + "due-soon-before", dueSoonBefore);
    this.overdueInterval = IsoDurations.parse(PREFIX + "overdue-interval", overdueInterval);
    this.summaryInterval = IsoDurations.parse(PREFIX + "summary-interval", summaryInterval);
    this.retryAfter = IsoDurations.parse(PREFIX + "retry-after", retryAfter);
    this.claimFor = IsoDurations.parse(PREFIX + "claim-for", claimFor);
  }

  private static String url(String value) {
    try {
      URI uri = new URI(value.strip());
      if (uri.getHost() == null
          || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        throw new URISyntaxException(value, "not an absolute http(s) URL");
      }
      String text = uri.toString();
      return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          PREFIX + "base-url: '" + value + "' is not an absolute http(s) URL");
    }
  }

  /** A single e-mail address, or an {@link IllegalArgumentException} naming where it came from. */
  static String address(String name, String value) {
    try {
      InternetAddress address = new InternetAddress(value == null ? "" : value.strip(), true);
      address.validate();
      if (!address.getAddress().contains("@")) {
        throw new AddressException("no domain", value);
      }
      return address.getAddress();
    } catch (AddressException e) {
      throw new IllegalArgumentException(
          name + ": '" + value + "' is not an e-mail address (name@example.org)");
    }
  }

  /** The link to a task in Tasklist. */
  public String taskLink(String taskId) {
    return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  public String baseUrl() {
    return baseUrl;
  }

  public String from() {
    return from;
  }

  public TemporalAmount digestInterval() {
    return digestInterval;
  }

  public TemporalAmount dueSoonBefore() {
    return dueSoonBefore;
  }

  public TemporalAmount overdueInterval() {
    return overdueInterval;
  }

  public TemporalAmount summaryInterval() {
    return summaryInterval;
  }

  public TemporalAmount retryAfter() {
    return retryAfter;
  }

  public TemporalAmount claimFor() {
    return claimFor;
  }
}
