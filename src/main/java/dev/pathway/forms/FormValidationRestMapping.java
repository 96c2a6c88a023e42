package dev.pathway.forms;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine REST API reports a refused form as 400 on {@code submit-form} and {@code complete},
 * but as 500 when a process is started through {@code /start} or by a message. These mappers,
 * preferred over the engine's own, make every refused submission a 400 with the same message; other
 * errors keep the engine's status.
 */
@Component
class FormValidationRestMapping implements ResourceConfigCustomizer {

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(RefusedRestSubmission.class);
    config.register(RefusedEngineSubmission.class);
  }

  static Response answer(Throwable exception) {
    Response response = ExceptionHandlerHelper.getInstance().getResponse(exception);
    if (response.getStatus() >= 500 && isRefusedSubmission(exception)) {
      return Response.fromResponse(response).status(Response.Status.BAD_REQUEST).build();
    }
    return response;
  }

  private static boolean isRefusedSubmission(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException) {
        return true;
      }
    }
    return false;
  }

  @Priority(1)
  public static class RefusedRestSubmission implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return answer(exception);
    }
  }

  @Priority(1)
  public static class RefusedEngineSubmission implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return answer(exception);
    }
  }
}
