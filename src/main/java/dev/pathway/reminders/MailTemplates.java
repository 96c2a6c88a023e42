package dev.pathway.reminders;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The mails' HTML and plain text, from the Thymeleaf templates in {@code pathway/mail/} (escaped by
 * Thymeleaf, never put together by hand).
 */
@Configuration
class MailTemplates {

  static final String TASKS = "tasks";

  /** One task in a mail. */
  record Item(String task, String implementation, String due, String link) {}

  /** Tasks under a title (an area), or untitled. */
  record Section(String title, List<Item> items) {}

  record Rendered(String subject, String text, String html) {}

  @Bean("pathwayMailTemplateEngine")
  TemplateEngine pathwayMailTemplateEngine() {
    TemplateEngine engine = new TemplateEngine();
    engine.addTemplateResolver(resolver(".txt", TemplateMode.TEXT, 1));
    engine.addTemplateResolver(resolver(".html", TemplateMode.HTML, 2));
    return engine;
  }

  private static ClassLoaderTemplateResolver resolver(String suffix, TemplateMode mode, int order) {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
    resolver.setPrefix("pathway/mail/");
    resolver.setResolvablePatterns(Set.of("*" + suffix));
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setOrder(order);
    resolver.setCacheable(true);
    return resolver;
  }

  static Rendered render(
      TemplateEngine engine,
      String subject,
      String heading,
      String intro,
      List<Section> sections,
      String settingsHint) {
    Context context = new Context();
    context.setVariables(
        Map.of(
            "subject", subject,
            "heading", heading,
            "intro", intro,
            "sections", sections,
            "settingsHint", settingsHint));
    return new Rendered(
        subject, engine.process(TASKS + ".txt", context), engine.process(TASKS + ".html", context));
  }
}
