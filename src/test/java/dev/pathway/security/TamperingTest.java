package dev.pathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.newservice.NewServiceModel;
import dev.pathway.phase.ActivityRecordRepository;
import dev.pathway.phase.GateModel;
import dev.pathway.phase.Outcome;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A role holder cannot steer the programme through anything but the fields of their own form. */
@PathwayTest
class TamperingTest {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;
  @Autowired ActivityRecordRepository records;

  @Test
  void aSubmissionCannotSetVariablesThatAreNotFieldsOfItsForm() {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    Task incident = incidentTask(implementation);
    Map<String, Object> tampered = new HashMap<>(Implementation.answer(Outcome.ACHIEVED));
    tampered.put(GateModel.APPROVALS_REQUIRED.name(), 0);
    tampered.put(ProgrammeModel.IMPLEMENTATION_ID.name(), "someone-elses-implementation");

    ResponseEntity<String> refused =
        RestClient.as(http, "ivan").submitTaskForm(incident.getId(), tampered);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(RestClient.json(refused.getBody()).path("message").asText())
        .contains("approvalsRequired is not a field of this form")
        .contains("implementationId is not a field of this form");
    assertThat(records.ofImplementation(implementation.programme().getId())).isEmpty();
    assertThat(engine.getTaskService().createTaskQuery().taskId(incident.getId()).count())
        .isEqualTo(1);
  }

  @Test
  void aRoleHolderCannotEndTheirTaskWithABpmnErrorOrAnEscalationPastItsForm() {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    Task incident = incidentTask(implementation);
    RestClient ivan = RestClient.as(http, "ivan");
    for (String way : List.of("bpmnError", "bpmnEscalation")) {
      ResponseEntity<String> refused =
          ivan.post(
              "/engine-rest/task/" + incident.getId() + "/" + way,
              Map.of(
                  "errorCode",
                  "skip",
                  "escalationCode",
                  "skip",
                  "variables",
                  Map.of(
                      GateModel.APPROVALS_REQUIRED.name(), Map.of("value", 0, "type", "Integer"))));
      assertThat(refused.getStatusCode()).as(way).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(RestClient.json(refused.getBody()).path("message").asText())
          .contains("ends when its form is submitted");
    }
    assertThat(engine.getTaskService().createTaskQuery().taskId(incident.getId()).count())
        .isEqualTo(1);
    assertThat(
            engine
                .getRuntimeService()
                .getVariable(incident.getProcessInstanceId(), GateModel.APPROVALS_REQUIRED.name()))
        .as("nothing written: the board still needs two approvals")
        .isEqualTo(2);
  }

  @Test
  void aRoleHolderCannotRewriteTheVariablesOfTheirTask() {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    Task incident = incidentTask(implementation);
    ResponseEntity<String> refused =
        RestClient.as(http, "ivan")
            .post(
                "/engine-rest/task/" + incident.getId() + "/variables",
                Map.of(
                    "modifications",
                    Map.of(
                        GateModel.APPROVALS_REQUIRED.name(),
                        Map.of("value", 0, "type", "Integer"))));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            engine
                .getTaskService()
                .getVariable(incident.getId(), GateModel.APPROVALS_REQUIRED.name()))
        .isEqualTo(2);
  }

  @Test
  void aBoardMemberCannotCastASecondVoteWithAnInventedGateAndOnlyBoardMembersVote() {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    implementation.completeActivities(id -> Outcome.ACHIEVED);
    implementation.analyse();
    implementation.vote("bea", "approve", "Agreed");
    String secondVote = implementation.scenario().task(GateModel.BOARD_VOTE_TASK).getId();

    ResponseEntity<String> spoofed =
        RestClient.as(http, "bea")
            .submitTaskForm(
                secondVote,
                Map.of(
                    GateModel.GATE_VOTE.name(),
                    "approve",
                    GateModel.GATE_VOTE_NOTES.name(),
                    "Agreed",
                    GateModel.GATE_ID.name(),
                    "another-gate"));
    assertThat(spoofed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> administrator =
        RestClient.as(http, "demo")
            .submitTaskForm(
                secondVote,
                Map.of(
                    GateModel.GATE_VOTE.name(),
                    "approve",
                    GateModel.GATE_VOTE_NOTES.name(),
                    "Agreed"));
    assertThat(administrator.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(RestClient.json(administrator.getBody()).path("message").asText())
        .contains("demo is not a member of the implementation board");
    assertThat(implementation.scenario().tasks(GateModel.BOARD_VOTE_TASK)).hasSize(1);
  }

  @Test
  void aServiceProjectStartedByMessageIsCheckedLikeItsStartForm() {
    ResponseEntity<String> refused =
        RestClient.as(http, "demo")
            .post(
                "/engine-rest/message",
                Map.of(
                    "messageName",
                    NewServiceModel.REQUESTED_MESSAGE,
                    "businessKey",
                    "message-" + System.nanoTime(),
                    "processVariables",
                    Map.of(
                        NewServiceModel.SERVICE_NAME.name(),
                        Map.of("value", "Chat", "type", "String"),
                        NewServiceModel.CHANGE_TYPE.name(),
                        Map.of("value", "bogus", "type", "String"))));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode message = RestClient.json(refused.getBody()).path("message");
    assertThat(message.asText())
        .contains(NewServiceModel.CHANGE_TYPE.name())
        .contains("'bogus' is not one of the options offered")
        .contains(NewServiceModel.SERVICE_DESCRIPTION.name());
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(NewServiceModel.KEY)
                .variableValueEquals(NewServiceModel.SERVICE_NAME.name(), "Chat")
                .count())
        .isZero();
  }

  private static Task incidentTask(Implementation implementation) {
    return implementation.activityTasks().stream()
        .filter(
            task ->
                implementation
                    .activityId(task)
                    .equals("incident-management-including-request-fulfilment.a"))
        .findFirst()
        .orElseThrow();
  }
}
