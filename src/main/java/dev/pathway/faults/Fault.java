package dev.pathway.faults;

import jakarta.ws.rs.WebApplicationException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.ErrorResponse;

/**
 * What a client is told when a request fails: one status and one message, decided here for the
 * engine REST API ({@link EngineRestFaults}), Pathway's API ({@link ApiFaults}) and anything that
 * escapes a filter ({@link FaultBarrier}).
 *
 * <ul>
 *   <li>the database is not reachable → 503 (whatever wraps the connection failure);
 *   <li>a concurrent change (optimistic locking, deadlock, lock timeout) → 409;
 *   <li>a value the database cannot store (SQLState class 22: too long, say) → 400;
 *   <li>the engine's refusals keep the engine's status and message: authorization 403, not found
 *       404, bad request, form validation, parse and migration errors 400;
 *   <li>everything else is the server's fault: 500 with a reference to the server log, never the
 *       exception's text when it shows SQL, class names or stack frames.
 * </ul>
 */
public final class Fault {

  private static final Logger LOG = LoggerFactory.getLogger(Fault.class);

  public static final String DATABASE_DOWN = "The database is not reachable; try again shortly.";
  public static final String CONFLICT =
      "This was changed by someone else at the same time; try again.";
  public static final String VALUE_DOES_NOT_FIT =
      "A value does not fit where it is stored: it is too long or not valid.";
  static final String UNREADABLE_BODY = "The request body is not JSON of the expected shape.";
  static final Duration DATABASE_RETRY_AFTER = Duration.ofSeconds(5);

  /**
   * What only a server's internals say: stack frames, SQL, MyBatis, entity dumps, qualified class
   * names.
   */
  private static final Pattern HARD_INTERNALS =
      Pattern.compile(
          "\\bat [\\w$.]+\\(|###|\\bSQL|\\b(?:SELECT|INSERT INTO|UPDATE|DELETE FROM|ALTER TABLE|CREATE TABLE|DROP TABLE)\\b"
              + "|Entity\\[|\\bACT_[A-Z]{2}_|\\bpw_[a-z_]+|\\bCause:");

  private static final Pattern SOFT_INTERNALS =
      Pattern.compile(
          "\\b(?:[a-z_][a-z0-9_]*\\.){2,}[A-Z][\\w$]*|\\b[A-Z]\\w*(?:Exception|Error)\\b");

  /** The engine's {@code ensureNotNull} adds ": task is null" to its messages. */
  private static final Pattern IS_NULL_SUFFIX = Pattern.compile(":\\s*\\w+ is null$");

  /**
   * SQLState classes and codes: 08 connection exception; 57P01-03 PostgreSQL shut down or starting.
   */
  static final String TASK_GONE =
      "This task does not exist (any more): it was completed or deleted.";

  private static final Pattern TASK_GONE_MESSAGES =
      Pattern.compile(
          "^(Cannot find task with id|No task found for taskId|Cannot get form for task"
              + " [^:]+: Cannot find task|task [^ ]+ doesn't exist)");

  private static final Set<String> CONNECTION_STATES = Set.of("57P01", "57P02", "57P03");

  /**
   * 40001 serialization failure, 40P01 deadlock (PostgreSQL), HYT00 lock timeout and 90131
   * concurrent update (H2).
   */
  private static final Set<String> CONFLICT_STATES = Set.of("40001", "40P01", "HYT00", "90131");

  private final int status;
  private final String type;
  private final String message;
  private final Throwable thrown;
  private final Throwable source;
  private final String reference;

  private Fault(
      int status,
      String type,
      String message,
      Throwable thrown,
      Throwable source,
      String reference) {
    this.status = status;
    this.type = type;
    this.message = message;
    this.thrown = thrown;
    this.source = source;
    this.reference = reference;
  }

  public static Fault of(Throwable thrown) {
    List<Throwable> chain = chain(thrown);
    if (chain.stream().anyMatch(Fault::isConnectionFailure)) {
      return new Fault(503, "DatabaseUnavailable", DATABASE_DOWN, thrown, null, null);
    }
    if (chain.stream().anyMatch(Fault::isConflict)) {
      return new Fault(
          409, OptimisticLockingException.class.getSimpleName(), CONFLICT, thrown, null, null);
    }
    if (chain.stream()
        .anyMatch(
            cause ->
                cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22"))) {
      // SQLState class 22, data exception: a value too long for its column, say
      return new Fault(400, "InvalidRequestException", VALUE_DOES_NOT_FIT, thrown, null, null);
    }
    if (thrown instanceof HttpMessageNotReadableException) {
      return new Fault(400, "InvalidRequestException", UNREADABLE_BODY, thrown, null, null);
    }
    for (Throwable cause : chain) {
      if (cause instanceof FormFieldValidationException) {
        // the form check's own words: the fields' names and labels and the person's own values,
        // which may well read like SQL or code ("'; DROP TABLE ...' is not one of the options")
        return new Fault(
            400, publicType(cause), outermostMessage(thrown, cause), thrown, cause, null);
      }
    }
    if (chain.stream().anyMatch(Fault::isTaskGone)) {
      return new Fault(404, "NotFoundException", TASK_GONE, thrown, null, null);
    }
    for (Throwable cause : chain) {
      Integer refusal = refusal(cause);
      if (refusal != null) {
        return kept(refusal, thrown, cause, HARD_INTERNALS);
      }
      if (cause == thrown && clientError(thrown) != null) {
        return kept(clientError(thrown), thrown, thrown, SOFT_INTERNALS);
      }
    }
    String reference = UUID.randomUUID().toString().substring(0, 8);
    String internal =
        "The server could not complete the request (error "
            + reference
            + "); the administrators find the details in the server log under that reference.";
    ProcessEngineException engine =
        chain.stream()
            .filter(ProcessEngineException.class::isInstance)
            .map(ProcessEngineException.class::cast)
            .findFirst()
            .orElse(null);
    if (engine != null) {
      // the engine's own message when it tells the person something (e.g. an unknown form
      // variable), else ours
      String message = clean(outermostMessage(thrown, engine), SOFT_INTERNALS);
      return new Fault(
          500,
          "ProcessEngineException",
          message != null ? message : internal,
          thrown,
          null,
          reference);
    }
    return new Fault(500, "InternalServerError", internal, thrown, null, reference);
  }

  /**
   * A task completed (or deleted) by someone else between the reads of one request: the engine says
   * so in several words and with several statuses (400, 500); the person is told it is gone.
   */
  static boolean isTaskGone(Throwable cause) {
    String message = cause.getMessage();
    // the REST layer rethrows some of the engine's as its own (getting a task's deployed form)
    return (cause instanceof ProcessEngineException || cause instanceof RestException)
        && message != null
        && TASK_GONE_MESSAGES.matcher(message).find();
  }

  /** The engine's refusals of a request: its status, with the engine's message. */
  private static Integer refusal(Throwable cause) {
    if (cause instanceof AuthorizationException) {
      return 403;
    }
    if (cause instanceof NotFoundException) {
      return 404;
    }
    if (cause instanceof FormFieldValidationException
        || cause instanceof BadUserRequestException
        || cause instanceof ParseException
        || cause instanceof MigrationPlanValidationException
        || cause instanceof MigratingProcessInstanceValidationException) {
      return 400;
    }
    return null;
  }

  /** A 4xx the web layer decided (JAX-RS, the engine REST API, Spring MVC). */
  private static Integer clientError(Throwable thrown) {
    int status = 0;
    if (thrown instanceof RestException rest && rest.getStatus() != null) {
      status = rest.getStatus().getStatusCode();
    } else if (thrown instanceof WebApplicationException web) {
      status = web.getResponse().getStatus();
    } else if (thrown instanceof ErrorResponse error) {
      status = error.getStatusCode().value();
    } else if (thrown instanceof HttpMessageNotReadableException
        || thrown instanceof TypeMismatchException) {
      status = 400;
    }
    return status >= 400 && status < 500 ? status : null;
  }

  private static Fault kept(int status, Throwable thrown, Throwable source, Pattern internals) {
    String message = clean(outermostMessage(thrown, source), internals);
    if (message == null) {
      message =
          switch (status) {
            case 403 -> "You may not do this.";
            case 404 -> "Not found.";
            case 405 -> "This method is not allowed here.";
            case 415 -> "This content type is not supported here.";
            default -> "The request is not valid.";
          };
    }
    return new Fault(status, publicType(source), message, thrown, source, null);
  }

  /**
   * The outer message when it repeats the source's with its context ("Cannot submit task form x:
   * ...").
   */
  private static String outermostMessage(Throwable thrown, Throwable source) {
    String message = source.getMessage();
    if (thrown != source
        && thrown.getMessage() != null
        && message != null
        && thrown.getMessage().contains(message)) {
      message = thrown.getMessage();
    }
    if (source instanceof ErrorResponse error && error.getBody().getDetail() != null) {
      message = error.getBody().getDetail();
    }
    return message;
  }

  private static String clean(String message, Pattern internals) {
    if (message == null || message.isBlank()) {
      return null;
    }
    String cleaned = IS_NULL_SUFFIX.matcher(message.strip()).replaceFirst("");
    if (HARD_INTERNALS.matcher(cleaned).find()
        || internals.matcher(cleaned).find()
        || cleaned.contains("\n")) {
      return null;
    }
    return cleaned;
  }

  /**
   * The engine's public exception types name themselves (as the engine REST API does); internal
   * ones do not.
   */
  private static String publicType(Throwable source) {
    String name = source.getClass().getName();
    if (name.startsWith("org.camunda.bpm.engine.") && !name.contains(".impl.")) {
      return source.getClass().getSimpleName();
    }
    return "InvalidRequestException";
  }

  static boolean isConnectionFailure(Throwable cause) {
    // a rollback that failed: the connection broke in the middle of the transaction (the engine's
    // own rollback keeps no trace of the failure that caused it); nothing of it was committed
    if (cause instanceof TransactionSystemException failed
        && failed.getApplicationException() == null
        && failed.getCause() instanceof SQLException) {
      return true;
    }
    if (cause instanceof CannotGetJdbcConnectionException
        || cause instanceof SQLTransientConnectionException
        || cause instanceof SQLNonTransientConnectionException
        || cause instanceof SQLRecoverableException
        || cause instanceof ConnectException) {
      return true;
    }
    if (cause instanceof SQLException sql && sql.getSQLState() != null) {
      return sql.getSQLState().startsWith("08") || CONNECTION_STATES.contains(sql.getSQLState());
    }
    return false;
  }

  /** A change that collided with another one at the same time: trying again may succeed. */
  public static boolean isConflict(Throwable cause) {
    if (cause instanceof OptimisticLockingException
        || cause instanceof ConcurrencyFailureException) {
      return true;
    }
    return cause instanceof SQLException sql
        && sql.getSQLState() != null
        && CONFLICT_STATES.contains(sql.getSQLState());
  }

  /** Whether this failure, or one of its causes, is a collision with a concurrent change. */
  public static boolean isConflictAnywhere(Throwable thrown) {
    return chain(thrown).stream().anyMatch(Fault::isConflict);
  }

  /**
   * The failure and its causes; when a rollback failed too, also the failure that caused the
   * rollback (Spring keeps it in the {@link TransactionSystemException}): a connection lost in the
   * middle of a transaction fails the rollback with "Connection is closed", which alone says
   * nothing of the database being down.
   */
  private static List<Throwable> chain(Throwable thrown) {
    List<Throwable> chain = new ArrayList<>();
    Deque<Throwable> starts = new ArrayDeque<>(List.of(thrown));
    while (!starts.isEmpty()) {
      for (Throwable cause = starts.poll();
          cause != null && chain.size() < 32 && !chain.contains(cause);
          cause = next(cause)) {
        chain.add(cause);
        if (cause instanceof TransactionSystemException rollback
            && rollback.getApplicationException() != null) {
          starts.add(rollback.getApplicationException());
        }
      }
    }
    return chain;
  }

  private static Throwable next(Throwable cause) {
    // SQLException chains its batch failures (getNextException) besides the cause
    if (cause.getCause() == null && cause instanceof SQLException sql) {
      return sql.getNextException();
    }
    return cause.getCause();
  }

  public int status() {
    return status;
  }

  /**
   * The kind of failure, as the engine REST API names it in {@code type}; never an internal class
   * name.
   */
  public String type() {
    return type;
  }

  public String message() {
    return message;
  }

  /** The engine's refusal this answer keeps (status and message), if it is one. */
  public Optional<Throwable> refusal() {
    return Optional.ofNullable(source);
  }

  public Optional<Duration> retryAfter() {
    return status == 503 ? Optional.of(DATABASE_RETRY_AFTER) : Optional.empty();
  }

  /** For the server log: the reference the client was given, for failures that are the server's. */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  public Throwable thrown() {
    return thrown;
  }

  /**
   * The server log keeps what the client is not shown: the whole exception of the server's
   * failures.
   */
  public Fault logged() {
    if (status == 503) {
      LOG.warn("503: the database is not reachable: {}", thrown.toString());
    } else if (status >= 500) {
      LOG.error("{} (error {}): {}", status, reference, message, thrown);
    } else if (status == 409) {
      LOG.info("409: a concurrent change: {}", thrown.toString());
    } else if (LOG.isDebugEnabled()) {
      LOG.debug("{}: {}", status, message, thrown);
    }
    return this;
  }
}
