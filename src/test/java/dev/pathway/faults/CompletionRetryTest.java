package dev.pathway.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pathway.startup.StartUpModel;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.Scenario;
import dev.pathway.support.StartUpAnswers;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A task completion that collides with a concurrent change is run again, a bounded number of times,
 * on its own only.
 */
@PathwayTest
class CompletionRetryTest {

  @Autowired ProcessEngine engine;
  @Autowired PlatformTransactionManager transactions;

  private ProcessInstance programme;
  private String taskId;
  private CommandExecutor executor;
  private final AtomicInteger attempts = new AtomicInteger();

  @BeforeEach
  void anOpenTask() {
    Scenario scenario = new Scenario(engine);
    programme = scenario.startProgramme("tina", StartUpAnswers.start());
    taskId = scenario.task(StartUpModel.UNDERSTANDING_TASK).getId();
    executor =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getCommandExecutorTxRequired();
  }

  @AfterEach
  void removeTheProgramme() {
    engine.getRuntimeService().deleteProcessInstance(programme.getId(), "test done");
  }

  @Test
  void aCollidingCompletionIsTriedAgainInAFreshTransaction() {
    String result =
        executor.execute(
            new TaskCompletion<>(
                taskId,
                context -> {
                  if (attempts.incrementAndGet() < 3) {
                    throw new OptimisticLockingException("collided with a concurrent completion");
                  }
                  return "completed";
                }));
    assertThat(result).isEqualTo("completed");
    assertThat(attempts).hasValue(3);
  }

  @Test
  void anInterruptedPauseEndsTheRetries() {
    try {
      assertThatThrownBy(
              () ->
                  executor.execute(
                      new TaskCompletion<>(
                          taskId,
                          context -> {
                            attempts.incrementAndGet();
                            Thread.currentThread().interrupt();
                            throw new OptimisticLockingException("collided while shutting down");
                          })))
          .isInstanceOf(OptimisticLockingException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(attempts).hasValue(1);
  }

  @Test
  void theRetriesAreBounded() {
    assertThatThrownBy(
            () ->
                executor.execute(
                    new TaskCompletion<>(
                        taskId,
                        context -> {
                          attempts.incrementAndGet();
                          throw new OptimisticLockingException("collides every time");
                        })))
        .isInstanceOf(OptimisticLockingException.class);
    assertThat(attempts).hasValue(1 + CompletionRetry.RETRIES);
  }

  @Test
  void insideACallersTransactionTheConflictGoesToTheCaller() {
    assertThatThrownBy(
            () ->
                new TransactionTemplate(transactions)
                    .executeWithoutResult(
                        status ->
                            executor.execute(
                                new TaskCompletion<>(
                                    taskId,
                                    context -> {
                                      attempts.incrementAndGet();
                                      throw new OptimisticLockingException("collided");
                                    }))))
        .isInstanceOf(OptimisticLockingException.class);
    assertThat(attempts).hasValue(1);
  }

  @Test
  void otherFailuresAndMissingTasksAreNotTriedAgain() {
    assertThatThrownBy(
            () ->
                executor.execute(
                    new TaskCompletion<>(
                        taskId,
                        context -> {
                          attempts.incrementAndGet();
                          throw new IllegalStateException("not a conflict");
                        })))
        .isInstanceOf(IllegalStateException.class);
    assertThat(attempts).hasValue(1);
    assertThatThrownBy(
            () ->
                executor.execute(
                    new TaskCompletion<>("no-such-task", context -> attempts.incrementAndGet())))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Task no-such-task does not exist (or was completed already)");
    assertThat(attempts).hasValue(1);
  }
}
