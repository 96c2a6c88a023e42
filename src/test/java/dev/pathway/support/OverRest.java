package dev.pathway.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.phase.Outcome;
import dev.pathway.phase.PhaseModel;
import dev.pathway.programme.ProgrammeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Drives implementations over the REST API of one running Pathway (a {@link PathwayNode}), as the
 * demo role holders do from Tasklist: every step through the engine REST API with the user's
 * password.
 */
public final class OverRest {

  private static final String ADMIN = "demo";

  private final Function<String, RestClient> as;
  private final Catalogue catalogue;
  private final Map<String, String> memberOfGroup = new ConcurrentHashMap<>();

  /**
   * @param as the REST client of a demo user on the server
   */
  public OverRest(Function<String, RestClient> as, Catalogue catalogue) {
    this.as = as;
    this.catalogue = catalogue;
  }

  /** An open Table B.1 activity task and a demo user who holds one of its roles. */
  public record Work(String taskId, String user) {}

  /** Start form, Annex A a) to h) and the plan of Phase 1; the implementation's id. */
  public String enterPhase1(String key) {
    ResponseEntity<String> started =
        as.apply("tina").submitStartForm(ProgrammeModel.KEY, key, StartUpAnswers.start());
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    for (StartUpAnswers.Step item : StartUpAnswers.annexA(catalogue, Map.of())) {
      RestClient user = as.apply(item.user());
      String taskId = onlyTask(user, key, item.taskDefinitionKey()).path("id").asText();
      assertThat(user.submitTaskForm(taskId, item.values()).getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
    }
    adjustPlan(key);
    return RestClient.json(started.getBody()).path("id").asText();
  }

  /** The project team confirms the plan of the phase as planned. */
  public void adjustPlan(String key) {
    RestClient paul = as.apply("paul");
    String taskId = onlyTask(paul, key, PhaseModel.PLAN_ADJUSTMENT_TASK).path("id").asText();
    assertThat(
            paul.submitTaskForm(
                    taskId,
                    Map.of(
                        PhaseModel.PLAN_ADJUSTMENT_NOTES.name(),
                        "Plan confirmed by the project team",
                        PhaseModel.PLAN_CONFIRMED.name(),
                        true))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** The open Table B.1 activity tasks of the implementation with this business key. */
  public List<Work> activityTasks(String key) {
    List<Work> work = new ArrayList<>();
    for (JsonNode task :
        as.apply(ADMIN).tasks("processInstanceBusinessKey=" + key + "&maxResults=1000")) {
      if (PhaseModel.isActivityTask(task.path("taskDefinitionKey").asText())) {
        String id = task.path("id").asText();
        work.add(new Work(id, holderOfARoleOf(id)));
      }
    }
    return work;
  }

  /** Records the activity as achieved, with evidence, as its role holder: 204 expected. */
  public void complete(Work item) {
    assertThat(
            as.apply(item.user())
                .submitTaskForm(item.taskId(), Implementation.answer(Outcome.ACHIEVED))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** The one open task of this element in the implementation, as the user sees it. */
  public static JsonNode onlyTask(RestClient user, String businessKey, String taskKey) {
    JsonNode tasks =
        user.tasks("processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + taskKey);
    assertThat(tasks).as("open %s tasks of %s", taskKey, businessKey).hasSize(1);
    return tasks.get(0);
  }

  private String holderOfARoleOf(String taskId) {
    RestClient admin = as.apply(ADMIN);
    for (JsonNode link :
        admin.getJson("/engine-rest/task/" + taskId + "/identity-links?type=candidate")) {
      String group = link.path("groupId").asText(null);
      if (group == null) {
        continue;
      }
      String member =
          memberOfGroup.computeIfAbsent(
              group,
              g -> {
                JsonNode users = admin.getJson("/engine-rest/user?memberOfGroup=" + g);
                return users.isEmpty() ? "" : users.get(0).path("id").asText();
              });
      if (!member.isEmpty()) {
        return member;
      }
    }
    throw new AssertionError("no demo user holds a role of task " + taskId);
  }
}
