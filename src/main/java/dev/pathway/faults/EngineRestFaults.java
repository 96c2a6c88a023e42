package dev.pathway.faults;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The engine REST API ({@code /engine-rest}, and the web apps' {@code /camunda/api/engine},
 * registered by dev.pathway.engineapi.EngineApis) answers every failure as {@link Fault} decides:
 * these mappers are preferred over the engine's own (priority 1), so a refused form is 400 however
 * the process was started or the task completed, a missing task 404, a concurrent change 409, a
 * database that is down 503, and no answer carries SQL, internal class names or stack frames. The
 * body keeps the engine's shape: {@code type}, {@code message}, {@code code}, and for a refused
 * authorization the missing permissions.
 */
public final class EngineRestFaults {

  private EngineRestFaults() {}

  /** The exception mappers, for each Jersey application that serves the engine REST API. */
  public static List<Class<?>> mappers() {
    return List.of(AnyFailure.class, EngineFailure.class, RestFailure.class);
  }

  static Response answer(Throwable exception) {
    Fault fault = Fault.of(exception).logged();
    ExceptionDto body =
        fault
            .refusal()
            .map(ExceptionHandlerHelper.getInstance()::fromException)
            .orElseGet(ExceptionDto::new);
    body.setType(fault.type());
    body.setMessage(fault.message());
    Response.ResponseBuilder response =
        Response.status(fault.status()).entity(body).type(MediaType.APPLICATION_JSON_TYPE);
    fault.retryAfter().ifPresent(wait -> response.header("Retry-After", wait.toSeconds()));
    return response.build();
  }

  @Priority(1)
  public static class AnyFailure implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable exception) {
      return answer(exception);
    }
  }

  @Priority(1)
  public static class EngineFailure implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return answer(exception);
    }
  }

  @Priority(1)
  public static class RestFailure implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return answer(exception);
    }
  }
}
