package dev.pathway;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The Pathway plugin in a Camunda 7 Spring Boot application: Pathway's beans (the engine plugins,
 * the form validation, the REST API under {@code /api}, the catalogue) and its {@code pathway.*}
 * properties. Applications of their own ({@code @SpringBootApplication}) are left to their own
 * scanning.
 */
@AutoConfiguration
@ComponentScan(
    excludeFilters = {
      @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootApplication.class),
      @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class)
    })
@ConfigurationPropertiesScan
public class PathwayAutoConfiguration {}
