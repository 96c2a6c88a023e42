package dev.pathway.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** The models of {@code bpmn/} as Camunda Modeler and the engine read them. */
public final class ModelFiles {

  private ModelFiles() {}

  public static List<BpmnModelInstance> bpmnModels() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      return files
          .filter(path -> path.toString().endsWith(".bpmn"))
          .sorted()
          .map(path -> Bpmn.readModelFromFile(path.toFile()))
          .toList();
    }
  }
}
