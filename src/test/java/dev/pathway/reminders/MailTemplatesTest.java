package dev.pathway.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The mails come from templates: what people typed is escaped in HTML and kept as is in text. */
class MailTemplatesTest {

  @Test
  void aTaskNameWithMarkupIsEscapedInTheHtmlPartAndPlainInTheTextPart() {
    MailTemplates.Item item =
        new MailTemplates.Item(
            "Review <script>alert(1)</script> & sign",
            "northwind-1",
            "2027-01-09 08:00",
            "http://pathway.test/camunda/app/tasklist/default/#/?task=t1");
    MailTemplates.Rendered mail =
        MailTemplates.render(
            new MailTemplates().pathwayMailTemplateEngine(),
            "1 new task",
            "Your new work in Pathway",
            "These tasks arrived.",
            List.of(new MailTemplates.Section("Area (1 overdue)", List.of(item))),
            "Switch off: PUT /api/me/notifications");

    assertThat(mail.html())
        .contains("Review &lt;script&gt;alert(1)&lt;/script&gt; &amp; sign")
        .doesNotContain("<script>")
        .contains("<a href=\"http://pathway.test/camunda/app/tasklist/default/#/?task=t1\">")
        .contains("<h3>Area (1 overdue)</h3>");
    assertThat(mail.text())
        .contains("- Review <script>alert(1)</script> & sign\n")
        .contains("  Implementation: northwind-1\n")
        .contains("  Due: 2027-01-09 08:00\n")
        .contains(
            "  Open in Tasklist: http://pathway.test/camunda/app/tasklist/default/#/?task=t1\n")
        .contains("Switch off: PUT /api/me/notifications");
  }
}
