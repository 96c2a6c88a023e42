package dev.pathway.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A failure that escapes the filters in front of the APIs (the password check while the database is
 * down, say) is answered like any other: 503 and a clear message, no stack trace.
 */
class FaultBarrierTest {

  private static final ProcessEnginePersistenceException DATABASE_DOWN =
      new ProcessEnginePersistenceException(
          "ENGINE-03004 Exception while executing Database Operation",
          new SQLTransientConnectionException(
              "HikariPool-1 - Connection is not available, request timed out after 30000ms."));

  @Test
  void theDatabaseDownDuringTheLoginIs503() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    new FaultBarrier()
        .doFilter(
            new MockHttpServletRequest("GET", "/engine-rest/task"),
            response,
            (request, ignored) -> {
              throw DATABASE_DOWN;
            });
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    assertThat(response.getContentType()).startsWith("application/json");
    assertThat(response.getContentAsString())
        .isEqualTo(
            "{\"type\":\"DatabaseUnavailable\",\"message\":\"The database is not reachable; try again shortly.\"}");
  }

  @Test
  void aServletExceptionIsAnsweredByItsCause() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    new FaultBarrier()
        .doFilter(
            new MockHttpServletRequest("GET", "/api/catalogue"),
            response,
            (request, ignored) -> {
              throw new jakarta.servlet.ServletException(
                  "Request processing failed", DATABASE_DOWN);
            });
    assertThat(response.getStatus()).isEqualTo(503);
  }

  @Test
  void aResponseAlreadyUnderwayIsLeftToTheContainer() {
    MockHttpServletResponse response = new MockHttpServletResponse();
    assertThatThrownBy(
            () ->
                new FaultBarrier()
                    .doFilter(
                        new MockHttpServletRequest("GET", "/api/catalogue"),
                        response,
                        (request, committed) -> {
                          committed.flushBuffer();
                          throw new IllegalStateException("too late");
                        }))
        .isInstanceOf(IllegalStateException.class);
  }
}
