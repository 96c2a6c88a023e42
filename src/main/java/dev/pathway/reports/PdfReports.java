package dev.pathway.reports;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * PDF reports from HTML templates: Thymeleaf renders {@code pathway/templates/reports/<name>.html}
 * (well-formed XHTML; every value is escaped by the template engine), openhtmltopdf lays it out as
 * PDF. The style sheet {@code report.css} beside the templates is shared by all of them: each
 * template puts it in its head as {@code ${css}}, so that nothing is loaded from a URL while
 * rendering.
 */
@Component
public class PdfReports {

  static final String FOLDER = "pathway/templates/reports/";

  private final TemplateEngine templates = new TemplateEngine();
  private final String css;

  PdfReports() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix(FOLDER);
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCacheable(true);
    templates.setTemplateResolver(resolver);
    try (InputStream style =
        PdfReports.class.getClassLoader().getResourceAsStream(FOLDER + "report.css")) {
      css = new String(style.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("The style sheet of the reports cannot be read", e);
    }
  }

  /** The template's HTML with these values. */
  String html(String template, Map<String, Object> values) {
    Context context = new Context(Locale.ENGLISH, values);
    context.setVariable("css", css);
    return templates.process(template, context);
  }

  /** The template rendered as a PDF document. */
  public byte[] pdf(String template, Map<String, Object> values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(html(template, values), null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("The report " + template + " could not be rendered", e);
    }
    return out.toByteArray();
  }
}
