package dev.pathway.phase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.audit.AuditModel;
import dev.pathway.catalogue.Activity;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.identity.RoleGroups;
import dev.pathway.improvement.ContinualImprovementModel;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.PdfText;
import dev.pathway.support.RestClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The gate decision pack and the gate record (issue 12): what the board saw (unfinished activities,
 * unmet key characteristics by name, what was carried in or deferred, Phase 3's audit), the rule of
 * the decision table that matched and the table's version, the votes, and the board's override of
 * the table's outcome with its reason; who may not vote; Phase 3 does not proceed after a failed
 * audit.
 */
@PathwayTest
class GateRecordTest {

  private static final String CHANGE = "change-management";

  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;
  @Autowired RoleGroups roleGroups;
  @Autowired TestRestTemplate http;

  @Test
  void theGateRecordHoldsWhatTheBoardSawTheRuleTheTableVersionTheVotesAndTheOverride()
      throws IOException {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    List<Activity> others =
        catalogue.activitiesOf(1).stream()
            .filter(activity -> !activity.area().id().equals(CHANGE))
            .toList();
    Activity deferred = others.get(others.size() - 1);
    implementation.adjustPlanMoving(List.of(deferred.id()));
    implementation.completeActivities(
        id -> id.startsWith(CHANGE) ? Outcome.NOT_ACHIEVED : Outcome.ACHIEVED);
    String unmet = analyseLeavingOneKeyCharacteristicUnticked(implementation, "paul");
    String id = implementation.programme().getId();

    JsonNode gate = onlyGate(id);
    List<Activity> changeInPhase1 =
        catalogue.activitiesOf(1).stream()
            .filter(activity -> activity.area().id().equals(CHANGE))
            .toList();
    JsonNode inputs = gate.path("inputs");
    assertThat(gate.path("phase").asInt()).isEqualTo(1);
    assertThat(gate.path("round").asInt()).isEqualTo(1);
    assertThat(inputs.path("activityCount").asInt())
        .isEqualTo(catalogue.activitiesOf(1).size() - 1);
    assertThat(inputs.path("unfinishedCount").asInt()).isEqualTo(changeInPhase1.size());
    assertThat(inputs.path("unfinishedActivities").findValuesAsText("activityId"))
        .containsExactlyElementsOf(changeInPhase1.stream().map(Activity::id).toList());
    assertThat(inputs.path("unfinishedActivities").get(0).path("name").asText())
        .isEqualTo(changeInPhase1.get(0).reference());
    assertThat(inputs.path("unfinishedActivities").get(0).path("area").asText())
        .isEqualTo("Change management");
    assertThat(inputs.path("characteristicsUnmet").asInt()).isEqualTo(1);
    assertThat(inputs.path("unmetCharacteristics").get(0).asText()).isEqualTo(unmet);
    assertThat(inputs.path("carriedItems"))
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.path("activityId").asText()).isEqualTo(deferred.id());
              assertThat(item.path("carried").asText()).isEqualTo("deferred");
            });
    assertThat(inputs.path("auditConclusion").isNull()).isTrue();
    assertThat(gate.path("rule").path("id").asText()).isEqualTo("Rule_3");
    assertThat(gate.path("rule").path("description").asText())
        .startsWith("At most a quarter unfinished");
    assertThat(gate.path("decisionTableVersion").asInt()).isEqualTo(tableVersionOf(implementation));
    assertThat(gate.path("outcome").asText()).isEqualTo("proceed-with-carry-over");
    assertThat(gate.path("override").isNull()).isTrue();
    assertThat(gate.path("finalOutcome").asText()).isEqualTo("proceed-with-carry-over");
    assertThat(gate.path("analysisBy").asText()).isEqualTo("paul");
    assertThat(gate.path("votes")).isEmpty();

    Task first = implementation.scenario().task(GateModel.BOARD_VOTE_TASK);
    String pack = packShownTo("bea", first);
    assertThat(pack)
        .contains("What the decision table recommends")
        .contains("Proceed, carrying the unfinished activities into the next phase")
        .contains(changeInPhase1.size() + " of " + (catalogue.activitiesOf(1).size() - 1))
        .contains("Unfinished activities")
        .contains(changeInPhase1.get(0).reference())
        .contains("Key characteristics not met")
        .contains(deferred.reference() + ": moved to the next phase")
        .contains("Votes already cast")
        .doesNotContain("DMN");
    assertThat(Files.readString(Path.of("forms/phase-gate-vote.form")))
        .as("the vote form speaks a board member's language")
        .doesNotContain("DMN");

    ResponseEntity<String> noReason =
        RestClient.as(http, "bea").submitTaskForm(first.getId(), approve("extend", null));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(RestClient.json(noReason.getBody()).path("message").asText())
        .contains(GateModel.GATE_OVERRIDE_REASON.name());
    assertThat(onlyGate(id).path("override").isNull()).as("nothing recorded").isTrue();
    assertThat(
            RestClient.as(http, "bea")
                .submitTaskForm(first.getId(), approve("proceed-with-carry-over", "Same"))
                .getStatusCode())
        .as("the table's own outcome is no override")
        .isEqualTo(HttpStatus.BAD_REQUEST);

    assertThat(
            RestClient.json(
                    RestClient.as(http, "bea")
                        .submitTaskForm(first.getId(), approve("postpone", "Later"))
                        .getBody())
                .path("message")
                .asText())
        .contains("must be one of [proceed, proceed-with-carry-over, extend]");

    String reason = "Change management is the base of Phase 2: finish it first";
    assertThat(
            RestClient.as(http, "bea")
                .submitTaskForm(first.getId(), approve("extend", reason))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Task second = implementation.scenario().task(GateModel.BOARD_VOTE_TASK);
    assertThat(packShownTo("ben", second))
        .contains("The board changed the outcome to: Extend the phase")
        .contains("bea: approved");
    assertThat(
            RestClient.as(http, "ben")
                .submitTaskForm(second.getId(), approve("proceed", "Another idea"))
                .getStatusCode())
        .as("a gate's outcome is changed once")
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            RestClient.as(http, "ben")
                .submitTaskForm(second.getId(), approve(null, "Agreed"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode decided = onlyGate(id);
    assertThat(decided.path("outcome").asText()).isEqualTo("proceed-with-carry-over");
    assertThat(decided.path("override").path("outcome").asText()).isEqualTo("extend");
    assertThat(decided.path("override").path("reason").asText()).isEqualTo(reason);
    assertThat(decided.path("override").path("by").asText()).isEqualTo("bea");
    assertThat(decided.path("override").path("at").asText()).isNotBlank();
    assertThat(decided.path("finalOutcome").asText()).isEqualTo("extend");
    assertThat(decided.path("votes").findValuesAsText("voter")).containsExactly("bea", "ben");
    assertThat(decided.path("votes").findValuesAsText("vote"))
        .containsExactly("approve", "approve");
    assertThat(decided.path("votes").get(1).path("reason").asText()).isEqualTo("Agreed");
    assertThat(decided.path("votes").get(0).path("votedAt").asText()).isNotBlank();
    assertThat(implementation.activityTasks())
        .as("the board's outcome stands: Phase 1 is extended, its change management again")
        .anySatisfy(task -> assertThat(implementation.activityId(task)).startsWith(CHANGE + "."))
        .allSatisfy(
            task ->
                assertThat(engine.getTaskService().getVariable(task.getId(), "phase"))
                    .isEqualTo(1));
    assertThat(implementation.scenario().tasks(PhaseModel.PLAN_ADJUSTMENT_TASK)).isEmpty();
  }

  @Test
  void theAuthorOfTheAchievementAnalysisMayNotVoteOnItsGate() {
    IdentityService identity = engine.getIdentityService();
    String author = "zz-analyst";
    User user = identity.newUser(author);
    user.setPassword(author);
    identity.saveUser(user);
    List.of("project-team", "implementation-board")
        .forEach(
            role -> roleGroups.groupsOf(role).forEach(g -> identity.createMembership(author, g)));
    try {
      Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
      implementation.adjustPlan();
      implementation.completeActivities(activity -> Outcome.ACHIEVED);
      analyseLeavingOneKeyCharacteristicUnticked(implementation, author);
      Task vote = implementation.scenario().task(GateModel.BOARD_VOTE_TASK);

      ResponseEntity<String> own =
          RestClient.as(http, author).submitTaskForm(vote.getId(), approve(null, "Fine by me"));

      assertThat(own.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(RestClient.json(own.getBody()).path("message").asText())
          .contains(GateModel.GATE_VOTE.name())
          .contains(author + " completed the achievement analysis of this gate");
      assertThat(engine.getTaskService().createTaskQuery().taskId(vote.getId()).count())
          .isEqualTo(1);
      assertThat(
              RestClient.as(http, "bea")
                  .submitTaskForm(vote.getId(), approve(null, "Agreed"))
                  .getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
      JsonNode gate = onlyGate(implementation.programme().getId());
      assertThat(gate.path("analysisBy").asText()).isEqualTo(author);
      assertThat(gate.path("votes").findValuesAsText("voter")).containsExactly("bea");
    } finally {
      identity.deleteUser(author);
    }
  }

  @Test
  void phase3DoesNotProceedWhileTheFullInternalAuditSaysTheSmsDoesNotConform() {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    for (int phase = 1; phase <= 2; phase++) {
      implementation.adjustPlan();
      implementation.completeActivities(activity -> Outcome.ACHIEVED);
      implementation.analyse();
      implementation.passGate();
    }
    implementation.adjustPlan();
    implementation.completeActivities(activity -> Outcome.ACHIEVED);
    implementation.closePhase3(AuditConclusion.DOES_NOT_CONFORM.value(), 3);
    implementation.analyse();
    String id = implementation.programme().getId();

    JsonNode gate =
        RestClient.as(http, "bea").getJson("/api/implementations/" + id + "/gates").get(2);
    assertThat(gate.path("phase").asInt()).isEqualTo(3);
    assertThat(gate.path("inputs").path("unfinishedCount").asInt()).isZero();
    assertThat(gate.path("inputs").path("characteristicsUnmet").asInt()).isZero();
    assertThat(gate.path("inputs").path("auditConclusion").asText()).isEqualTo("does-not-conform");
    assertThat(gate.path("inputs").path("openNonconformities").asInt()).isEqualTo(3);
    assertThat(gate.path("rule").path("id").asText()).isEqualTo("Rule_auditDoesNotConform");
    assertThat(gate.path("outcome").asText()).isEqualTo("extend");
    Task vote = implementation.scenario().task(GateModel.BOARD_VOTE_TASK);
    assertThat(packShownTo("bea", vote))
        .contains("Full internal audit: **does not conform**, 3 nonconformities open");

    ResponseEntity<String> proceedAnyway =
        RestClient.as(http, "bea")
            .submitTaskForm(vote.getId(), approve("proceed", "The certification body is booked"));
    assertThat(proceedAnyway.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(RestClient.json(proceedAnyway.getBody()).path("message").asText())
        .contains(GateModel.GATE_OVERRIDE_OUTCOME.name())
        .contains("does not conform");

    implementation.passGate();
    assertThat(
            PdfText.of(
                RestClient.as(http, "sofia")
                    .download("/api/implementations/" + id + "/reports/management-review.pdf")
                    .getBody()))
        .as("the management review pack names the failed audit")
        .contains("Full internal audit at the end of Phase 3")
        .contains("does not conform");
    assertThat(implementation.scenario().tasks(AuditModel.AUDIT_TASK))
        .as("Phase 3 is extended: audited again")
        .hasSize(1);
    assertThat(implementation.scenario().instance(ContinualImprovementModel.KEY))
        .as("no continual improvement after Phase 3 yet")
        .isNull();
  }

  /** Ticks every key characteristic but the first; the label of the one left unticked. */
  private String analyseLeavingOneKeyCharacteristicUnticked(
      Implementation implementation, String analyst) {
    Task analysis = implementation.scenario().task(GateModel.ACHIEVEMENT_ANALYSIS_TASK);
    @SuppressWarnings("unchecked")
    List<Map<String, String>> options =
        (List<Map<String, String>>)
            GateModel.KEY_CHARACTERISTIC_OPTIONS.from(
                engine.getTaskService().getVariables(analysis.getId()));
    implementation
        .scenario()
        .complete(
            analyst,
            analysis,
            Map.of(
                GateModel.KEY_CHARACTERISTICS_MET.name(),
                options.stream().skip(1).map(option -> option.get("value")).toList(),
                GateModel.ACHIEVEMENT_ANALYSIS_SUMMARY.name(),
                "Change management is behind"));
    return options.get(0).get("label");
  }

  private JsonNode onlyGate(String implementationId) {
    JsonNode gates =
        RestClient.as(http, "bea").getJson("/api/implementations/" + implementationId + "/gates");
    assertThat(gates).hasSize(1);
    return gates.get(0);
  }

  private String packShownTo(String member, Task vote) {
    return RestClient.as(http, member)
        .getJson("/engine-rest/task/" + vote.getId() + "/form-variables?deserializeValues=false")
        .path(GateModel.GATE_PACK_TEXT.name())
        .path("value")
        .asText();
  }

  /** The version of the exit decision table deployed with the phase model that decided. */
  private int tableVersionOf(Implementation implementation) {
    ProcessDefinition phaseModel =
        engine
            .getRepositoryService()
            .getProcessDefinition(
                implementation.scenario().instance(PhaseModel.KEY).getProcessDefinitionId());
    return engine
        .getRepositoryService()
        .createDecisionDefinitionQuery()
        .deploymentId(phaseModel.getDeploymentId())
        .decisionDefinitionKey("phase-exit")
        .singleResult()
        .getVersion();
  }

  private static Map<String, Object> approve(String override, String reason) {
    Map<String, Object> values = new HashMap<>();
    values.put(GateModel.GATE_VOTE.name(), GateVote.APPROVE.value());
    values.put(GateModel.GATE_VOTE_NOTES.name(), reason == null ? "" : reason);
    values.put(GateModel.GATE_OVERRIDE_OUTCOME.name(), override == null ? "none" : override);
    if (override != null && reason != null) {
      values.put(GateModel.GATE_OVERRIDE_REASON.name(), reason);
    }
    return values;
  }
}
