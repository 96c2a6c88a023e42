package dev.pathway.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A task completion that collides with a concurrent change (optimistic locking, a deadlock, a lock
 * timeout) is run again as a whole, in a fresh transaction, up to {@value #RETRIES} times after a
 * short random pause: the person sees their completion succeed, or, when someone else completed the
 * same task first, 404.
 *
 * <p>The interceptor comes before the engine's own (before the Spring transaction interceptor), and
 * acts only for task completions that run on their own: inside a transaction or command of a
 * caller, a retry would repeat only part of the caller's work, so there the conflict goes to the
 * caller.
 */
@Component
class CompletionRetry extends AbstractProcessEnginePlugin {

  static final int RETRIES = 5;
  private static final Logger LOG = LoggerFactory.getLogger(CompletionRetry.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors =
        configuration.getCustomPreCommandInterceptorsTxRequired() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(0, new Interceptor());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  static final class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (!isTaskCompletion(command)
          || Context.getCommandContext() != null
          || TransactionSynchronizationManager.isActualTransactionActive()) {
        return next.execute(command);
      }
      for (int attempt = 0; ; attempt++) {
        try {
          return next.execute(command);
        } catch (RuntimeException failure) {
          if (attempt >= RETRIES || !Fault.isConflictAnywhere(failure)) {
            throw failure;
          }
          LOG.debug(
              "Task completion collided with a concurrent change, trying again ({} of {}): {}",
              attempt + 1,
              RETRIES,
              failure.toString());
          pause(attempt, failure);
        }
      }
    }

    private static boolean isTaskCompletion(Command<?> command) {
      return command instanceof TaskCompletion
          || command instanceof CompleteTaskCmd
          || command instanceof SubmitTaskFormCmd;
    }

    /** 10-40 ms, then up to twice as long each time: the colliding completions spread out. */
    private static void pause(int attempt, RuntimeException failure) {
      long bound = 20L << Math.min(attempt, 5);
      try {
        Thread.sleep(10 + ThreadLocalRandom.current().nextLong(bound + 1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw failure;
      }
    }
  }
}
