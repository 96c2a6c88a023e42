package dev.pathway.forms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;

/** The project's forms and a FEEL engine for checking them without a process engine. */
final class TestForms {

  /**
   * A FEEL engine built the way the process engine builds the one its decisions use (a DMN engine
   * configuration with its defaults: the Scala FEEL engine, no custom functions); {@code
   * FormValidationOverRestTest} checks that the engine's is of the same kind.
   */
  static final FeelEngine FEEL = feelEngine();

  private TestForms() {}

  /**
   * Every form of the project, read from {@code forms/} (the tests run in the project's directory).
   */
  static List<Path> all() {
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      return files.filter(path -> path.toString().endsWith(".form")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FormSchema parse(Path form) {
    try (InputStream in = Files.newInputStream(form)) {
      return FormSchemaParser.parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FormSchema parse(String json) {
    try {
      return FormSchemaParser.parse(
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SubmissionValidator validatorWithoutRules() {
    return new SubmissionValidator(List.of(), FEEL);
  }

  private static FeelEngine feelEngine() {
    DefaultDmnEngineConfiguration configuration = new DefaultDmnEngineConfiguration();
    configuration.buildEngine();
    return configuration.getFeelEngine();
  }
}
