package example.host;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Camunda 7 Spring Boot application of its own that added Pathway as a dependency. */
@SpringBootApplication
public class HostApplication {

  public static void main(String[] args) {
    SpringApplication.run(HostApplication.class, args);
  }
}
