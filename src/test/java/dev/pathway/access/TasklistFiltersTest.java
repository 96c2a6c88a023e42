package dev.pathway.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.phase.Outcome;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The shared Tasklist filters show each role holder the right tasks. */
@PathwayTest
class TasklistFiltersTest {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;

  @Test
  void phaseAndGovernanceFiltersShowTheTasksOfTheirKind() {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    String key = implementation.scenario().businessKey();

    List<String> ivansPhase1 = names("ivan", "Phase 1 activities", key);
    // every Phase 1 activity that incident or problem management owns, e.g. "Information security
    // management k)"
    assertThat(ivansPhase1)
        .containsExactlyInAnyOrderElementsOf(
            catalogue.activitiesOf(1).stream()
                .filter(
                    activity ->
                        activity.roles().contains("incident-management")
                            || activity.roles().contains("problem-management"))
                .map(activity -> activity.reference())
                .toList());
    assertThat(names("ivan", "Phase 2 activities", key)).isEmpty();
    assertThat(names("ivan", "Overdue", key)).as("Phase 1 ends on 2027-03-31").isEmpty();
    ClockUtil.setCurrentTime(Timestamp.valueOf("2027-04-15 09:00:00"));
    try {
      assertThat(names("ivan", "Overdue", key)).containsExactlyInAnyOrderElementsOf(ivansPhase1);
    } finally {
      ClockUtil.reset();
    }
    assertThat(names("bea", "Governance decisions", key)).isEmpty();

    implementation.completeActivities(activityId -> Outcome.ACHIEVED);
    implementation.analyse();
    assertThat(names("bea", "Governance decisions", key))
        .containsExactly("Phase 1 gate: implementation board vote");
    assertThat(names("ivan", "Governance decisions", key)).isEmpty();
  }

  private List<String> names(String user, String filterName, String businessKey) {
    RestClient client = RestClient.as(http, user);
    String filterId = client.filterId(filterName);
    JsonNode tasks =
        RestClient.json(
            client
                .post(
                    "/engine-rest/filter/" + filterId + "/list?maxResults=500",
                    Map.of("processInstanceBusinessKey", businessKey))
                .getBody());
    List<String> names = new ArrayList<>();
    tasks.forEach(task -> names.add(task.path("name").asText()));
    return names;
  }
}
