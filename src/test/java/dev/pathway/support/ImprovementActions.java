package dev.pathway.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pathway.improvement.ImprovementActionModel;
import dev.pathway.programme.ProgrammeModel;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** An improvement action raised from an internal audit's finding, planned and approved. */
public final class ImprovementActions {

  private ImprovementActions() {}

  public static ProcessInstance raise(ProcessEngine engine) {
    return engine
        .getRuntimeService()
        .createProcessInstanceByKey(ImprovementActionModel.KEY)
        .businessKey("improvement-" + UUID.randomUUID())
        .setVariable(ProgrammeModel.IMPLEMENTATION_ID.name(), "implementation-1")
        .setVariable(ImprovementActionModel.FINDING_TEXT.name(), "Change calendar not shared")
        .setVariable(ImprovementActionModel.FINDING_SOURCE.name(), "Internal audit, cycle 1")
        .execute();
  }

  /** Approved over the engine REST API, as top management or service improvement management. */
  public static void approve(TestRestTemplate http, String user, Task approval) {
    assertThat(
            RestClient.as(http, user)
                .submitTaskForm(
                    approval.getId(),
                    Map.of(ImprovementActionModel.IMPROVEMENT_APPROVAL.name(), "approved"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** improvement-action-plan.form's answers, for an owner and a target date; a map to change. */
  public static Map<String, Object> plan(String owner, String targetDate) {
    Map<String, Object> answers = new HashMap<>();
    answers.put(ImprovementActionModel.PRIORITY.name(), "high");
    answers.put(ImprovementActionModel.IMPROVEMENT_TARGET.name(), "Calendar shared weekly");
    answers.put(ImprovementActionModel.IMPROVEMENT_PLAN.name(), "Publish it from the change tool");
    answers.put(ImprovementActionModel.IMPROVEMENT_OWNER.name(), owner);
    answers.put(ImprovementActionModel.TARGET_DATE.name(), targetDate);
    return answers;
  }
}
