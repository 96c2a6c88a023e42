package dev.pathway.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.phase.Outcome;
import dev.pathway.phase.PhaseModel;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the engine keeps of an implementation, and that it is cleaned up after a time-to-live per
 * model.
 */
@PathwayTest
class HistoryTest {

  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;

  @Test
  void historyKeepsWhoDidWhatAndTheLatestValuesButNotEveryUpdateOfEveryVariable() {
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    Task activity = implementation.activityTasks().get(0);
    String holder = implementation.memberOf(implementation.candidateGroups(activity));
    implementation.scenario().complete(holder, activity, Implementation.answer(Outcome.ACHIEVED));

    HistoryService history = engine.getHistoryService();
    assertThat(
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getHistoryLevel()
                .getName())
        .isEqualTo(PathwayHistoryLevel.NAME);
    assertThat(
            history
                .createHistoricTaskInstanceQuery()
                .taskId(activity.getId())
                .finished()
                .singleResult())
        .as("the completed task")
        .isNotNull();
    assertThat(history.createUserOperationLogQuery().taskId(activity.getId()).count())
        .as("who completed it, in the user operation log")
        .isPositive();
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceIdIn(implementation.programme().getId())
                .variableName(PhaseModel.PHASE.name())
                .count())
        .as("phase is a variable of the phase instance, not the programme")
        .isZero();
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceIdIn(implementation.programme().getId())
                .count())
        .as("the programme's variables")
        .isPositive();
    assertThat(
            history
                .createHistoricDetailQuery()
                .processInstanceId(implementation.programme().getId())
                .count())
        .as("no detail of each variable update or form property")
        .isZero();
  }

  @Test
  void historyIsCleanedUpEveryNightAfterTheTimeToLiveOfTheRootProcessFromItsEnd() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    for (ProcessDefinition definition :
        engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()) {
      assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isBetween(180, 3650);
    }
    Implementation implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    HistoricProcessInstance programme =
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processInstanceId(implementation.programme().getId())
            .singleResult();
    assertThat(programme.getRemovalTime()).as("a running implementation is never removed").isNull();
  }
}
