package dev.pathway.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pathway.catalogue.Area;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.catalogue.CatalogueLoader;
import dev.pathway.phase.PhaseModel;
import dev.pathway.startup.StartUpModel;
import dev.pathway.support.ModelFiles;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What Camunda Modeler, Cockpit and Tasklist need from the models and forms in bpmn/ and forms/.
 */
class ModelsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static List<BpmnModelInstance> models;
  private static Set<String> formIds;
  private static Catalogue catalogue;

  @BeforeAll
  static void read() throws Exception {
    models = ModelFiles.bpmnModels();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      formIds = files.map(ModelsTest::formId).collect(Collectors.toSet());
    }
    try (InputStream in =
        ModelsTest.class.getResourceAsStream("/pathway/standard/tr-20000-5.yaml")) {
      catalogue = CatalogueLoader.load(in, "tr-20000-5.yaml");
    }
  }

  @Test
  void everyProcessIsExecutableWithAHistoryTimeToLiveAndIsDrawn() {
    assertThat(models).hasSizeGreaterThanOrEqualTo(7);
    for (BpmnModelInstance model : models) {
      for (Process process : model.getModelElementsByType(Process.class)) {
        assertThat(process.isExecutable()).as(process.getId()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
      }
      Set<String> drawn =
          model.getModelElementsByType(BpmnShape.class).stream()
              .map(shape -> shape.getBpmnElement().getId())
              .collect(Collectors.toSet());
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        assertThat(drawn).as("shape of " + node.getId()).contains(node.getId());
      }
    }
  }

  @Test
  void everyUserTaskHasANameAndACamundaFormThatExists() {
    for (BpmnModelInstance model : models) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        assertThat(task.getName()).as(task.getId()).isNotBlank();
        assertThat(task.getCamundaFormRef()).as("form of " + task.getId()).isNotBlank();
        assertThat(formIds).as("form of " + task.getId()).contains(task.getCamundaFormRef());
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          assertThat(formIds)
              .as("start form of " + start.getId())
              .contains(start.getCamundaFormRef());
        }
      }
    }
  }

  @Test
  void thePhaseModelHasOneElementPerProcessAreaNamedAfterIt() {
    BpmnModelInstance phase = model(PhaseModel.KEY);
    Collection<UserTask> areaTasks =
        phase.getModelElementsByType(UserTask.class).stream()
            .filter(
                task ->
                    task.getLoopCharacteristics() != null
                        && "phase-activity".equals(task.getCamundaFormRef()))
            .toList();
    assertThat(areaTasks)
        .extracting(UserTask::getName)
        .containsExactlyInAnyOrderElementsOf(catalogue.areas().stream().map(Area::name).toList());
  }

  @Test
  void theGapAnalysisAsksTheCurrentStateOfEveryProcessArea() throws Exception {
    JsonNode form = JSON.readTree(new File("forms/annex-a-gap-analysis.form"));
    List<String> keys = form.findValues("key").stream().map(JsonNode::asText).toList();
    for (Area area : catalogue.areas()) {
      assertThat(keys).contains(StartUpModel.currentStateOf(area).name());
    }
    assertThat(
            form.findParents("key").stream()
                .filter(
                    component ->
                        component.path("key").asText().startsWith("currentState")
                            && !component.path("key").asText().startsWith("currentStateNotes"))
                .map(
                    component ->
                        component.path("values").findValues("value").stream()
                            .map(JsonNode::asText)
                            .toList()))
        .allSatisfy(values -> assertThat(values).containsExactly("none", "partly", "established"));
  }

  private static BpmnModelInstance model(String processId) {
    return models.stream()
        .filter(model -> model.getModelElementById(processId) != null)
        .findFirst()
        .orElseThrow();
  }

  private static String formId(Path file) {
    try {
      return JSON.readTree(file.toFile()).path("id").asText();
    } catch (Exception e) {
      throw new AssertionError(file + " is not valid JSON", e);
    }
  }
}
