package dev.pathway.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.catalogue.Activity;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.phase.Outcome;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.startup.StartUpModel;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import dev.pathway.support.Scenario;
import dev.pathway.support.StartUpAnswers;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Clause 5.5: extending the scope runs the phased plan again, taking over what is established as
 * established.
 */
@PathwayTest
class ScopeExtensionTest {

  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;
  @Autowired TestRestTemplate http;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void startsANewPhasedPlanInWhichWhatIsEstablishedInTheCurrentScopeIsBroughtForward() {
    // the current scope found incident management established: Phase 1 did all its activities
    Implementation base =
        new Implementation(engine, catalogue)
            .enterPhase1(Map.of("incident-management-including-request-fulfilment", "established"));
    base.adjustPlan();
    base.completeActivities(
        id -> id.startsWith("change-management") ? Outcome.NOT_ACHIEVED : Outcome.ACHIEVED);

    Implementation extension = new Implementation(engine, catalogue);
    Scenario scenario = extension.scenario();
    startExtension(scenario, base.programme().getId());

    Task gapAnalysis = scenario.task(ScopeExtensionModel.GAP_ANALYSIS_TASK);
    assertThat(gapAnalysis.getName()).isEqualTo("Annex A d) Gap analysis of the extended scope");
    assertThat(state(gapAnalysis, "incident-management-including-request-fulfilment"))
        .as("every activity of the area achieved")
        .isEqualTo("established");
    assertThat(state(gapAnalysis, "configuration-management"))
        .as("its Phase 1 activities achieved, later ones not yet")
        .isEqualTo("partly");
    assertThat(state(gapAnalysis, "change-management"))
        .as("recorded, not achieved")
        .isEqualTo("none");
    assertThat(state(gapAnalysis, "capacity-management"))
        .as("nothing recorded yet")
        .isEqualTo("none");
    assertThat(
            engine
                .getTaskService()
                .getVariable(gapAnalysis.getId(), ProgrammeModel.PROCESS_OWNERS.name()))
        .as("the same organisation")
        .isEqualTo(StartUpAnswers.implementationPlan().get(ProgrammeModel.PROCESS_OWNERS.name()));

    Map<String, Object> confirmed = new HashMap<>(StartUpAnswers.gapAnalysis(catalogue, Map.of()));
    catalogue
        .areas()
        .forEach(
            area ->
                confirmed.put(
                    StartUpModel.currentStateOf(area).name(),
                    engine
                        .getTaskService()
                        .getVariable(
                            gapAnalysis.getId(), StartUpModel.currentStateOf(area).name())));
    scenario.complete("paul", gapAnalysis, confirmed);
    scenario.complete(
        "tina", ScopeExtensionModel.PLAN_DECISION_TASK, StartUpAnswers.planAgreement(true));
    extension.adjustPlan();

    Set<String> incident =
        extension.activityTasks().stream()
            .map(extension::activityId)
            .filter(id -> id.startsWith("incident-management-including-request-fulfilment."))
            .collect(Collectors.toSet());
    assertThat(incident)
        .as(
            "established in the current scope: all its activities, confirmed and improved in Phase 1")
        .containsExactlyInAnyOrderElementsOf(
            catalogue.area("incident-management-including-request-fulfilment").activities().stream()
                .map(Activity::id)
                .toList());
    assertThat(
            extension.activityTasks().stream()
                .map(extension::activityId)
                .filter(id -> id.startsWith("change-management.")))
        .containsExactlyInAnyOrderElementsOf(
            catalogue.activitiesOf(1).stream()
                .map(Activity::id)
                .filter(id -> id.startsWith("change-management."))
                .toList());
  }

  @Test
  void aPlanSentBackReturnsToTheGapAnalysisOfTheExtendedScopeWithTheReason() {
    Implementation base = new Implementation(engine, catalogue).enterPhase1(Map.of());
    Implementation extension = new Implementation(engine, catalogue);
    Scenario scenario = extension.scenario();
    startExtension(scenario, base.programme().getId());
    scenario.complete(
        "paul",
        ScopeExtensionModel.GAP_ANALYSIS_TASK,
        StartUpAnswers.gapAnalysis(catalogue, Map.of()));

    scenario.complete(
        "tina",
        ScopeExtensionModel.PLAN_DECISION_TASK,
        StartUpAnswers.sendBack(
            StartUpModel.PLAN_AGREEMENT.name(),
            StartUpModel.IMPLEMENTATION_PLAN_RETURN_REASON.name(),
            "Berlin's suppliers are missing from the gap analysis"));

    Task again = scenario.task(ScopeExtensionModel.GAP_ANALYSIS_TASK);
    assertThat(again.getDescription())
        .contains("Sent back: Berlin's suppliers are missing from the gap analysis");
    assertThat(scenario.instance(ScopeExtensionModel.KEY)).isNotNull();
    BpmnAwareTests.assertThat(scenario.instance(ScopeExtensionModel.KEY))
        .hasNotPassed(ScopeExtensionModel.PHASED_PLAN_CALL);
  }

  @Test
  void theImplementationIsChosenFromTheImplementationsThePersonMayReadByProviderAndStartDate() {
    Implementation base = new Implementation(engine, catalogue).enterPhase1(Map.of());
    String started =
        DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .format(
                engine
                    .getHistoryService()
                    .createHistoricProcessInstanceQuery()
                    .processInstanceId(base.programme().getId())
                    .singleResult()
                    .getStartTime()
                    .toInstant()
                    .atZone(ZoneId.systemDefault()));

    JsonNode select = implementationSelect(RestClient.as(http, "tina"));

    assertThat(select.get("type").asText()).isEqualTo("select");
    assertThat(select.get("label").asText()).doesNotContain("reference").doesNotContain("key");
    assertThat(select.has("valuesKey")).as("filled as the form is opened").isFalse();
    assertThat(select.get("values"))
        .as("the implementation, by service provider and start date")
        .anySatisfy(
            option -> {
              assertThat(option.get("label").asText())
                  .isEqualTo("Northwind IT Services, started " + started);
              assertThat(option.get("value").asText()).isEqualTo(base.programme().getId());
            });
  }

  @Test
  void aValueNotInTheListIsRefusedNamingTheFieldAndStartsNothing() {
    Implementation base = new Implementation(engine, catalogue).enterPhase1(Map.of());
    String notAnImplementation =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .superProcessInstanceId(base.programme().getId())
            .list()
            .get(0)
            .getId();
    String businessKey = "extension-" + System.nanoTime();

    for (String refused :
        List.of("no-such-implementation", base.scenario().businessKey(), notAnImplementation)) {
      ResponseEntity<String> response =
          RestClient.as(http, "tina")
              .submitStartForm(ScopeExtensionModel.KEY, businessKey, extensionRequest(refused));
      assertThat(response.getStatusCode()).as(refused).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(RestClient.json(response.getBody()).get("message").asText())
          .as(refused)
          .contains(ScopeExtensionModel.BASE_IMPLEMENTATION.name())
          .contains("is not one of the options offered");
    }
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey)
                .count())
        .isZero();
  }

  private JsonNode implementationSelect(RestClient user) {
    JsonNode form =
        user.getJson("/engine-rest/process-definition/key/scope-extension/deployed-start-form");
    for (JsonNode component : form.get("components")) {
      if (ScopeExtensionModel.BASE_IMPLEMENTATION.name().equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError("no field " + ScopeExtensionModel.BASE_IMPLEMENTATION.name());
  }

  private static Map<String, Object> extensionRequest(String baseImplementation) {
    return Map.of(
        ScopeExtensionModel.BASE_IMPLEMENTATION.name(),
        baseImplementation,
        ScopeExtensionModel.EXTENDED_SCOPE_STATEMENT.name(),
        "Adds the Berlin data centre and its hosting customers",
        ScopeExtensionModel.ADDITIONAL_SERVICES.name(),
        "Hosting (Berlin)",
        ScopeExtensionModel.REASON_FOR_EXTENSION.name(),
        "Customer demand in Germany");
  }

  private void startExtension(Scenario scenario, String baseImplementationId) {
    String definitionId =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(ScopeExtensionModel.KEY)
            .latestVersion()
            .singleResult()
            .getId();
    scenario.as(
        "tina",
        () ->
            engine
                .getFormService()
                .submitStartForm(
                    definitionId, scenario.businessKey(), extensionRequest(baseImplementationId)));
  }

  private String state(Task task, String areaId) {
    return (String)
        engine
            .getTaskService()
            .getVariable(task.getId(), StartUpModel.currentStateOf(catalogue.area(areaId)).name());
  }
}
