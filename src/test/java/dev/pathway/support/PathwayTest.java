package dev.pathway.support;

import dev.pathway.app.PathwayApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application on a real engine: H2 in memory by default, or the PostgreSQL
 * database named by the system property {@code pathway.test.datasource.url} (the PostgreSQL suite
 * of {@code ./mvnw verify}). Jobs are executed by the tests themselves, not by the job executor.
 *
 * <p>Process test coverage: {@link ProcessEngineCoverageConfiguration} adds the coverage parse
 * listener to the engine (a process engine plugin next to the application's own, which stay as they
 * are), and the library's test execution listener (registered by its {@code spring.factories})
 * records the flow nodes and sequence flows each test class passes, writing {@code
 * target/process-test-coverage/<test class>/report.html} and {@code report.json}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    classes = PathwayApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=${pathway.test.datasource.url:jdbc:h2:mem:pathway;DB_CLOSE_DELAY=-1}",
      "spring.datasource.username=${pathway.test.datasource.username:sa}",
      "spring.datasource.password=${pathway.test.datasource.password:}",
      "camunda.bpm.job-execution.enabled=false",
      // the PostgreSQL suite runs the demo identities on PostgreSQL on purpose
      "pathway.demo.allow-external-database=true",
      // the living example only where a test asks for it (ExampleImplementationTest)
      "pathway.demo.example-implementation=false",
      "camunda.bpm.generate-unique-process-engine-name=false",
      // mail is on, to a GreenMail server the notification tests start on this port (TestSmtp); the
      // tests drive the reminders and the outbox themselves
      "spring.mail.host=127.0.0.1",
      "spring.mail.port=${random.int[20000,29999]}",
      "pathway.notifications.scheduler.enabled=false",
      "pathway.notifications.base-url=http://pathway.test"
    })
@ActiveProfiles("demo")
@Import(ProcessEngineCoverageConfiguration.class)
public @interface PathwayTest {}
