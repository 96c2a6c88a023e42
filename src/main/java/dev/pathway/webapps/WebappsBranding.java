package dev.pathway.webapps;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Pathway's name on Tasklist, Cockpit and Admin through the web apps' documented customization
 * points: each app's {@code scripts/config.js} ({@code app.vendor} and {@code app.name}: "Pathway
 * Cockpit") and {@code styles/user-styles.css}, served from {@code classpath:pathway/webapps/} in
 * place of Camunda's defaults. Mapped path by path, which wins over the web apps' own {@code
 * /app/**} mapping whatever the order of the jars on the classpath. Camunda 7 CE's end-of-life
 * banner is hidden in Tasklist, Cockpit and the welcome page; Admin, where operators work, keeps
 * it. Off with {@code pathway.webapps.branding=false}.
 */
@Configuration
@ConditionalOnClass(
    name = "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration")
@ConditionalOnProperty(
    name = "pathway.webapps.branding",
    havingValue = "true",
    matchIfMissing = true)
class WebappsBranding implements WebMvcConfigurer {

  static final List<String> FILES =
      List.of(
          "cockpit/scripts/config.js",
          "cockpit/styles/user-styles.css",
          "tasklist/scripts/config.js",
          "tasklist/scripts/form-errors.js",
          "tasklist/styles/user-styles.css",
          "admin/scripts/config.js",
          "welcome/scripts/config.js",
          "welcome/styles/user-styles.css");

  private final String applicationPath;

  WebappsBranding(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    this.applicationPath = applicationPath;
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    for (String file : FILES) {
      String folder = file.substring(0, file.lastIndexOf('/') + 1);
      String name = file.substring(folder.length());
      // the file name as a pattern variable: the handler serves the path below the folder
      registry
          .addResourceHandler(
              applicationPath + "/app/" + folder + "{file:" + name.replace(".", "\\.") + "}")
          .addResourceLocations("classpath:/pathway/webapps/" + folder);
    }
  }
}
