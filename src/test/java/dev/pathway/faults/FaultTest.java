package dev.pathway.faults;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.server.ResponseStatusException;

/**
 * How failures reach clients, without a running application: status, message, and never the
 * server's internals.
 */
class FaultTest {

  private static final String HIKARI_TIMEOUT =
      "HikariPool-1 - Connection is not available, request timed out after 30000ms.";

  @Test
  void theDatabaseDownIs503WithAClearMessageHoweverItIsWrapped() {
    Throwable[] databaseDown = {
      new CannotGetJdbcConnectionException(
          "Failed to obtain JDBC Connection", new SQLTransientConnectionException(HIKARI_TIMEOUT)),
      new CannotCreateTransactionException(
          "Could not open JDBC Connection for transaction",
          new SQLTransientConnectionException(HIKARI_TIMEOUT)),
      new ProcessEnginePersistenceException(
          "ENGINE-03004 Exception while executing Database Operation",
          new PersistenceException(
              "### Error querying database.  Cause: org.postgresql.util.PSQLException: Connection refused",
              new SQLException("Connection to 127.0.0.1:5432 refused.", "08001"))),
      new RestException(
          Response.Status.INTERNAL_SERVER_ERROR,
          new ProcessEngineException(
              "ENGINE-03083 flushing failed",
              new SQLException("terminating connection due to administrator command", "57P01")),
          "Cannot complete task t: ..."),
      new ProcessEngineException(
          "Could not find the user",
          new SQLException("An I/O error occurred while sending to the backend.", "08006"))
    };
    for (Throwable failure : databaseDown) {
      Fault fault = Fault.of(failure);
      assertThat(fault.status()).as(failure.toString()).isEqualTo(503);
      assertThat(fault.message()).isEqualTo("The database is not reachable; try again shortly.");
      assertThat(fault.retryAfter()).contains(Duration.ofSeconds(5));

      Response engineRest = EngineRestFaults.answer(failure);
      assertThat(engineRest.getStatus()).isEqualTo(503);
      assertThat(engineRest.getHeaderString("Retry-After")).isEqualTo("5");
      assertThat(((ExceptionDto) engineRest.getEntity()).getMessage())
          .isEqualTo(Fault.DATABASE_DOWN);

      ResponseEntity<Map<String, Object>> api = new ApiFaults().answer((Exception) failure);
      assertThat(api.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
      assertThat(api.getBody()).containsEntry("message", Fault.DATABASE_DOWN);
      assertThat(api.getHeaders().getFirst("Retry-After")).isEqualTo("5");
    }
  }

  @Test
  void aTaskCompletedByAnotherPersonWhileItWasReadIs404WhateverTheEngineSaid() {
    // seen at scale: 16 people working the same list, one reads a task another has just completed
    for (Throwable gone :
        List.of(
            new ProcessEngineException("Cannot find task with id 34b3e07d"),
            new ProcessEngineException("No task found for taskId '34a0583c'"),
            // GET …/deployed-form: the REST layer's own exception, without the engine's as cause
            new InvalidRequestException(
                Response.Status.BAD_REQUEST, "No task found for taskId '148088c6'"),
            new RestException(
                Response.Status.BAD_REQUEST,
                new BadUserRequestException("Cannot find task with id '350498b9'."),
                "Cannot get form for task 34a4023c"))) {
      assertThat(Fault.of(gone).status()).as(gone.getMessage()).isEqualTo(404);
      assertThat(Fault.of(gone).message()).isEqualTo(Fault.TASK_GONE);
    }
    assertThat(Fault.of(new ProcessEngineException("Cannot find process definition x")).status())
        .as("not every 'cannot find' is a task gone")
        .isNotEqualTo(404);
  }

  @Test
  void aRollbackThatFailedOnAClosedConnectionIs503EvenWithoutTheFailureThatCausedIt() {
    // the engine rolls back by itself: Spring's exception then holds no application exception
    Throwable failure =
        new RestException(
            Response.Status.INTERNAL_SERVER_ERROR,
            new ProcessEnginePersistenceException(
                "An exception occurred in the persistence layer.",
                new TransactionSystemException(
                    "JDBC rollback failed", new SQLException("Connection is closed"))),
            "Cannot submit task form t1: An exception occurred in the persistence layer.");

    assertThat(Fault.of(failure).status()).isEqualTo(503);
    assertThat(Fault.of(failure).message()).isEqualTo(Fault.DATABASE_DOWN);
  }

  @Test
  void aConnectionLostInTheMiddleOfATransactionIs503ThoughTheRollbackFailedToo() {
    // what a completion in flight gets when PostgreSQL stops: the statement fails on the lost
    // connection, then the rollback on the closed one, and the engine wraps the latter
    TransactionSystemException rollback =
        new TransactionSystemException(
            "JDBC rollback failed", new SQLException("Connection is closed"));
    rollback.initApplicationException(
        new ProcessEngineException(
            "Could not wait for the turn of process instance p1",
            new SQLException("An I/O error occurred while sending to the backend.", "08006")));
    Throwable failure =
        new RestException(
            Response.Status.INTERNAL_SERVER_ERROR,
            new ProcessEnginePersistenceException(
                "An exception occurred in the persistence layer.", rollback),
            "Cannot submit task form t1: An exception occurred in the persistence layer.");

    assertThat(Fault.of(failure).status()).isEqualTo(503);
    assertThat(Fault.of(failure).message()).isEqualTo(Fault.DATABASE_DOWN);
  }

  @Test
  void aConcurrentChangeIs409NotTheEnginesEntityDump() {
    OptimisticLockingException collision =
        new OptimisticLockingException(
            "ENGINE-03005 Execution of 'UPDATE VariableInstanceEntity[ccc68c2f]' failed. Entity was updated by another transaction concurrently.");
    Response answer =
        EngineRestFaults.answer(
            new RestException(
                Response.Status.INTERNAL_SERVER_ERROR,
                collision,
                "Cannot submit task form t: " + collision.getMessage()));
    assertThat(answer.getStatus()).isEqualTo(409);
    ExceptionDto body = (ExceptionDto) answer.getEntity();
    assertThat(body.getMessage())
        .isEqualTo("This was changed by someone else at the same time; try again.");
    assertThat(body.getType()).isEqualTo("OptimisticLockingException");
    assertThat(Fault.of(new SQLException("deadlock detected", "40P01")).status()).isEqualTo(409);
  }

  @Test
  void theEnginesRefusalsKeepTheirStatusAndMessage() {
    NotFoundException gone =
        new NotFoundException("Task t1 does not exist (or was completed already)");
    Fault notFound =
        Fault.of(
            new RestException(
                Response.Status.INTERNAL_SERVER_ERROR,
                gone,
                "Cannot complete task t1: " + gone.getMessage()));
    assertThat(notFound.status()).isEqualTo(404);
    assertThat(notFound.message())
        .isEqualTo("Cannot complete task t1: Task t1 does not exist (or was completed already)");

    Fault forbidden = Fault.of(new AuthorizationException("ivan", "READ", "Task", "t1"));
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.message()).contains("ivan").contains("READ");

    FormFieldValidationException refused =
        new FormFieldValidationException("outcome", "Not saved: evidence is required");
    Fault invalid =
        Fault.of(
            new RestException(
                Response.Status.BAD_REQUEST,
                refused,
                "Cannot submit task form t1: Not saved: evidence is required"));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.message())
        .isEqualTo("Cannot submit task form t1: Not saved: evidence is required");
    assertThat(Fault.of(refused).status())
        .as("also when a start by message is refused")
        .isEqualTo(400);
    String echoed =
        "Not saved: decision ('Decision') 'x'; DROP TABLE pw_gate_vote; --' is not one of the"
            + " options offered: approved, sent-back (form f)";
    assertThat(
            Fault.of(
                    new RestException(
                        Response.Status.BAD_REQUEST,
                        new FormFieldValidationException("decision", echoed),
                        "Cannot submit task form t1: " + echoed))
                .message())
        .as("the form check's message is kept though the person's value reads like SQL")
        .isEqualTo("Cannot submit task form t1: " + echoed);

    Fault page =
        Fault.of(
            new ResponseStatusException(
                HttpStatus.NOT_FOUND, "No implementation 'x' that you may read"));
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.message()).isEqualTo("No implementation 'x' that you may read");
    assertThat(Fault.of(new WebApplicationException(405)).status()).isEqualTo(405);
  }

  @Test
  void theServersOwnFailuresAre500WithAReferenceAndNoInternals() {
    DuplicateKeyException duplicate =
        new DuplicateKeyException(
            "PreparedStatementCallback; SQL [INSERT INTO pw_activity_record "
                + "(task_id) VALUES (?)]; ERROR: duplicate key value violates unique constraint \"pw_activity_record_pkey\"");
    ProcessEngineException flush =
        new ProcessEngineException(
            "ENGINE-03083 Exception while executing Batch Database Operations "
                + "with message '### Error flushing statements. Cause: org.apache.ibatis.executor.BatchExecutorException: "
                + "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.updateTask'");
    Throwable[] internal = {
      duplicate,
      flush,
      new NullPointerException("Cannot invoke \"String.length()\" because \"s\" is null"),
      new IllegalStateException(
          "boom\n\tat dev.pathway.phase.ActivityTasks.record(ActivityTasks.java:92)")
    };
    for (Throwable failure : internal) {
      Fault fault = Fault.of(failure);
      assertThat(fault.status()).as(failure.toString()).isEqualTo(500);
      assertThat(fault.reference()).isPresent();
      assertThat(fault.message()).contains("(error " + fault.reference().orElseThrow() + ")");
      assertNoInternals(fault.message());
      assertNoInternals(((ExceptionDto) EngineRestFaults.answer(failure).getEntity()).getMessage());
    }
    assertThat(
            Fault.of(new ProcessEngineException("Unknown property used in expression: ${gateVote}"))
                .message())
        .as("the engine's message when it says something to the person")
        .isEqualTo("Unknown property used in expression: ${gateVote}");
  }

  @Test
  void aValueTheDatabaseCannotStoreIs400() {
    Fault tooLong =
        Fault.of(
            new ProcessEnginePersistenceException(
                "ENGINE-03004 ...",
                new PersistenceException(
                    "### Error updating database.  Cause: ...",
                    new SQLException("value too long for type character varying(255)", "22001"))));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.message()).isEqualTo(Fault.VALUE_DOES_NOT_FIT);
  }

  @Test
  void aRefusalWhoseMessageShowsInternalsGetsAPlainOne() {
    Map<Response.Status, String> plain =
        Map.of(
            Response.Status.FORBIDDEN, "You may not do this.",
            Response.Status.NOT_FOUND, "Not found.",
            Response.Status.METHOD_NOT_ALLOWED, "This method is not allowed here.",
            Response.Status.UNSUPPORTED_MEDIA_TYPE, "This content type is not supported here.",
            Response.Status.BAD_REQUEST, "The request is not valid.");
    plain.forEach(
        (status, message) -> {
          Fault fault =
              Fault.of(
                  new RestException(status, "Cannot convert to org.camunda.bpm.engine.Internal"));
          assertThat(fault.status()).isEqualTo(status.getStatusCode());
          assertThat(fault.message()).isEqualTo(message);
        });
    assertThat(Fault.of(new RestException(Response.Status.NOT_FOUND, "")).message())
        .isEqualTo("Not found.");
    assertThat(
            Fault.of(new org.springframework.beans.TypeMismatchException("abc", Integer.class))
                .status())
        .isEqualTo(400);
    IllegalStateException thrown = new IllegalStateException("boom");
    assertThat(Fault.of(thrown).thrown()).isSameAs(thrown);
  }

  @Test
  void everyMapperOfTheEngineRestApiAnswersAlike() {
    NotFoundException gone =
        new NotFoundException("Task t1 does not exist (or was completed already)");
    assertThat(new EngineRestFaults.EngineFailure().toResponse(gone).getStatus()).isEqualTo(404);
    assertThat(
            new EngineRestFaults.RestFailure()
                .toResponse(new RestException(Response.Status.INTERNAL_SERVER_ERROR, gone, "x"))
                .getStatus())
        .isEqualTo(404);
    assertThat(
            new EngineRestFaults.AnyFailure().toResponse(new IllegalStateException()).getStatus())
        .isEqualTo(500);
  }

  static void assertNoInternals(String text) {
    assertThat(text)
        .doesNotContain(
            "SQL", "INSERT", "###", "org.", "java.", "\tat ", "Entity[", "pw_", "Exception");
  }
}
