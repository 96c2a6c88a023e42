package dev.pathway.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.phase.NotApplicableApprovalModel;
import dev.pathway.phase.Outcome;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * What a process owner sees in Cockpit's Pathway pages, over the plugin's data endpoints: an
 * implementation part-way through Phase 1, with the incident management activities achieved, change
 * management's not applicable and the rest open.
 */
@PathwayTest
class MonitoringTest {

  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;
  @Autowired TestRestTemplate http;

  private Implementation implementation;
  private String id;
  private int achieved;
  private int notApplicable;
  private int recordedOfIncident;

  @BeforeEach
  void partWayThroughPhaseOne() {
    implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    for (Task task : implementation.activityTasks()) {
      String activityId = implementation.activityId(task);
      Outcome outcome =
          activityId.startsWith("incident")
              ? Outcome.ACHIEVED
              : activityId.startsWith("change-management") ? Outcome.NOT_APPLICABLE : null;
      if (outcome != null) {
        implementation
            .scenario()
            .complete(
                implementation.memberOf(implementation.candidateGroups(task)),
                task,
                Implementation.answer(outcome));
        achieved += outcome == Outcome.ACHIEVED ? 1 : 0;
        notApplicable += outcome == Outcome.NOT_APPLICABLE ? 1 : 0;
        recordedOfIncident += activityId.startsWith("incident") ? 1 : 0;
      }
    }
    id = implementation.programme().getId();
    // "not applicable" counts once the implementation board approved it
    engine
        .getTaskService()
        .createTaskQuery()
        .processDefinitionKey(NotApplicableApprovalModel.KEY)
        .processVariableValueEquals(ProgrammeModel.IMPLEMENTATION_ID.name(), id)
        .list()
        .forEach(
            decision ->
                implementation
                    .scenario()
                    .complete(
                        "ben",
                        decision,
                        Map.of(NotApplicableApprovalModel.DECISION.name(), "approved")));
  }

  @Test
  void theOverviewShowsWhereTheImplementationStandsWithItsFiguresFromTheRecords() {
    JsonNode progress =
        RestClient.as(http, "sofia").getJson("/api/implementations/" + id + "/progress");
    int planned = progress.get("phases").get(0).get("planned").asInt();

    JsonNode overview = RestClient.as(http, "sofia").getJson("/api/monitoring/implementations");
    JsonNode line = lineOf(overview, id);

    assertThat(line.get("serviceProvider").asText()).isEqualTo("Northwind IT Services");
    assertThat(line.get("businessKey").asText()).isEqualTo(implementation.scenario().businessKey());
    assertThat(line.get("stage").asText()).isEqualTo("phase");
    assertThat(line.get("phase").asInt()).isEqualTo(1);
    assertThat(line.get("round").asInt()).isEqualTo(1);
    assertThat(line.get("planned").asInt()).isEqualTo(planned);
    assertThat(line.get("achieved").asInt()).isEqualTo(achieved).isPositive();
    assertThat(line.get("notApplicable").asInt()).isEqualTo(notApplicable).isPositive();
    assertThat(line.get("open").asInt()).isEqualTo(planned - achieved - notApplicable);
    assertThat(line.get("achievedShare").asDouble())
        .isEqualTo(Forecast.round((double) achieved / (planned - notApplicable)));
    assertThat(line.get("overdue").asInt()).as("before the target end").isZero();
    assertThat(line.get("targetEnd").asText()).isEqualTo("2027-03-31");
    assertThat(line.get("nextGate").get("name").asText()).isEqualTo("Phase 1 exit");
    JsonNode forecast = line.get("forecast");
    assertThat(forecast.get("recorded").asInt()).isEqualTo(achieved + notApplicable);
    assertThat(forecast.get("forecastEnd").asText()).isNotBlank();
    assertThat(forecast.get("method").asText())
        .contains(
            (achieved + notApplicable) + " of " + planned + " activities recorded",
            "since the phase started");
  }

  @Test
  void theImplementationPageHasTheHeatmapWithWhoRecordedWhatAndTheOpenWorkByRoleGroup() {
    JsonNode page = RestClient.as(http, "bea").getJson("/api/monitoring/implementations/" + id);

    assertThat(page.get("summary").get("implementationId").asText()).isEqualTo(id);
    JsonNode heatmap = page.get("heatmap");
    assertThat(heatmap).hasSize(3);
    assertThat(heatmap.get(0).get("cells")).hasSize(catalogue.areas().size()).hasSize(21);
    JsonNode incident = cell(heatmap.get(0), "incident-management-including-request-fulfilment");
    assertThat(incident.get("achieved").asInt()).isEqualTo(recordedOfIncident).isPositive();
    assertThat(incident.get("share").asDouble()).isEqualTo(1.0);
    JsonNode activity = incident.get("activities").get(0);
    assertThat(activity.get("outcome").asText()).isEqualTo("achieved");
    assertThat(activity.get("evidence").asText()).isEqualTo("DOC-042 v1.2; REC-2027-001");
    assertThat(activity.get("completedBy").asText()).isEqualTo("ivan");
    assertThat(activity.get("completedAt").asText()).isNotBlank();
    assertThat(activity.get("text").asText()).isNotBlank();

    JsonNode change = cell(heatmap.get(0), "change-management");
    assertThat(change.get("notApplicable").asInt()).isEqualTo(change.get("planned").asInt());
    assertThat(change.path("share").asText(null)).as("nothing applies").isNull();
    assertThat(change.get("activities").get(0).get("justification").asText()).isNotBlank();
    JsonNode untouched =
        StreamSupport.stream(heatmap.get(0).get("cells").spliterator(), false)
            .filter(cell -> cell.get("open").asInt() > 0)
            .findFirst()
            .orElseThrow();
    assertThat(untouched.get("open").asInt()).isEqualTo(untouched.get("planned").asInt());
    assertThat(untouched.get("share").asDouble()).isZero();
    assertThat(untouched.get("activities").get(0).get("outcome").asText()).isEqualTo("open");

    assertThat(heatmap.get(1).get("planned").asBoolean()).as("Phase 2 has no plan yet").isFalse();
    JsonNode phase2Incident =
        cell(heatmap.get(1), "incident-management-including-request-fulfilment");
    assertThat(phase2Incident.get("activities")).isNotEmpty();
    assertThat(phase2Incident.get("activities").get(0).get("outcome").asText())
        .isEqualTo("not-started");

    JsonNode work = page.get("work");
    int openActivities = page.get("summary").get("open").asInt();
    assertThat(work.get("open").asInt()).isEqualTo(openActivities);
    assertThat(work.get("overdue").asInt()).isZero();
    assertThat(groupIds(work)).isNotEmpty().doesNotHaveDuplicates();
    assertThat(work.get("byRoleGroup").get(0).get("open").asInt()).isPositive();
    assertThat(page.get("links").get("registerCsv").asText())
        .isEqualTo("/api/implementations/" + id + "/register.csv");
    assertThat(page.get("links").get("gates").asText())
        .isEqualTo("/api/implementations/" + id + "/gates");
  }

  @Test
  void pastTheTargetEndTheOpenWorkIsOverdueAndTheForecastSaysHowLate() {
    ClockUtil.setCurrentTime(Timestamp.valueOf("2027-04-02 09:00:00"));
    try {
      JsonNode page = RestClient.as(http, "bea").getJson("/api/monitoring/implementations/" + id);
      JsonNode summary = page.get("summary");
      assertThat(summary.get("overdue").asInt()).isEqualTo(summary.get("open").asInt());
      assertThat(page.get("work").get("overdue").asInt()).isEqualTo(summary.get("open").asInt());
      JsonNode forecast = summary.get("forecast");
      assertThat(forecast.get("status").asText()).isEqualTo("behind");
      assertThat(LocalDate.parse(forecast.get("forecastEnd").asText()))
          .isAfter(LocalDate.parse("2027-04-01"));
      assertThat(forecast.get("daysLate").asLong()).isPositive();
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void atTheGateTheBoardDecidesAndOnceItPassesTheNextPhaseIsShown() {
    implementation.completeActivities(activityId -> Outcome.ACHIEVED);
    implementation.analyse();
    JsonNode atGate =
        lineOf(RestClient.as(http, "bea").getJson("/api/monitoring/implementations"), id);
    assertThat(atGate.get("stage").asText()).isEqualTo("at-gate");
    assertThat(atGate.get("nextGate").get("decided").asBoolean()).isTrue();
    assertThat(atGate.get("open").asInt()).isZero();
    assertThat(atGate.get("forecast").get("status").asText()).isEqualTo("complete");

    implementation.passGate();
    JsonNode phase2 =
        lineOf(RestClient.as(http, "bea").getJson("/api/monitoring/implementations"), id);
    assertThat(phase2.get("phase").asInt()).isEqualTo(2);
    assertThat(phase2.get("stage").asText()).isEqualTo("phase");
    assertThat(phase2.get("nextGate").get("name").asText()).isEqualTo("Phase 2 exit");
    assertThat(phase2.get("achieved").asInt()).isZero();
    assertThat(phase2.path("targetEnd").asText(null))
        .as("the start form set no target end for Phase 2")
        .isNull();
    JsonNode page = RestClient.as(http, "bea").getJson("/api/monitoring/implementations/" + id);
    assertThat(page.get("heatmap").get(1).get("planned").asBoolean()).isTrue();
    assertThat(
            cell(page.get("heatmap").get(0), "incident-management-including-request-fulfilment")
                .get("share")
                .asDouble())
        .as("Phase 1 keeps what it recorded")
        .isEqualTo(1.0);
  }

  @Test
  void whoMayNotReadTheImplementationGetsNothingOfIt() {
    JsonNode overview = RestClient.as(http, "ivan").getJson("/api/monitoring/implementations");
    assertThat(ids(overview)).doesNotContain(id);
    assertThat(
            RestClient.as(http, "ivan")
                .get("/api/monitoring/implementations/" + id)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            RestClient.as(http, "bea")
                .get("/api/monitoring/implementations/no-such-implementation")
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(RestClient.anonymous(http).get("/api/monitoring/implementations").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theOversightGroupsSeeEveryImplementation() {
    String other = new Implementation(engine, catalogue).enterPhase1(Map.of()).programme().getId();
    for (String oversight : List.of("tina", "bea", "paul", "sofia")) {
      assertThat(ids(RestClient.as(http, oversight).getJson("/api/monitoring/implementations")))
          .as(oversight)
          .contains(id, other);
    }
    JsonNode startUp =
        lineOf(RestClient.as(http, "demo").getJson("/api/monitoring/implementations"), other);
    assertThat(startUp.get("stage").asText()).isIn("start-up", "phase");
  }

  static JsonNode lineOf(JsonNode overview, String implementationId) {
    return StreamSupport.stream(overview.get("implementations").spliterator(), false)
        .filter(line -> line.get("implementationId").asText().equals(implementationId))
        .findFirst()
        .orElseThrow(() -> new AssertionError(implementationId + " not in " + overview));
  }

  private static List<String> ids(JsonNode overview) {
    return StreamSupport.stream(overview.get("implementations").spliterator(), false)
        .map(line -> line.get("implementationId").asText())
        .toList();
  }

  private static JsonNode cell(JsonNode column, String areaId) {
    return StreamSupport.stream(column.get("cells").spliterator(), false)
        .filter(cell -> cell.get("areaId").asText().equals(areaId))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> groupIds(JsonNode work) {
    return StreamSupport.stream(work.get("byRoleGroup").spliterator(), false)
        .map(group -> group.get("groupId").asText())
        .toList();
  }
}
