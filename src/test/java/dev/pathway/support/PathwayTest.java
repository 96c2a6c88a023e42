package dev.pathway.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application on a real engine: H2 in memory by default, or the PostgreSQL database named
 * by the system property {@code pathway.test.datasource.url} (the PostgreSQL suite of {@code ./mvnw verify}).
 * Jobs are executed by the tests themselves, not by the job executor.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=${pathway.test.datasource.url:jdbc:h2:mem:pathway;DB_CLOSE_DELAY=-1}",
    "spring.datasource.username=${pathway.test.datasource.username:sa}",
    "spring.datasource.password=${pathway.test.datasource.password:}",
    "camunda.bpm.job-execution.enabled=false",
    // the PostgreSQL suite runs the demo identities on PostgreSQL on purpose
    "pathway.demo.allow-external-database=true",
    "camunda.bpm.generate-unique-process-engine-name=false"
})
@ActiveProfiles("demo")
public @interface PathwayTest {
}
