package dev.pathway.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Pathway on its own: the Pathway plugin (added by its auto-configuration) in a Camunda 7 Spring
 * Boot application of its own, with the web apps and the REST API, on H2 with the demo users by
 * default or on PostgreSQL with the {@code postgres} profile.
 */
@SpringBootApplication
public class PathwayApplication {

  public static void main(String[] args) {
    SpringApplication.run(PathwayApplication.class, args);
  }
}
