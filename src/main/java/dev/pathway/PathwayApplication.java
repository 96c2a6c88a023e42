package dev.pathway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PathwayApplication {

  public static void main(String[] args) {
    SpringApplication.run(PathwayApplication.class, args);
  }
}
