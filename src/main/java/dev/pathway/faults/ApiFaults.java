package dev.pathway.faults;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Pathway's API ({@code /api}) answers failures the way the engine REST API does ({@link Fault}):
 * {@code type} and {@code message}, the engine's refusals with the engine's status, and nothing of
 * the server's internals.
 */
@RestControllerAdvice(basePackages = "dev.pathway")
class ApiFaults {

  @ExceptionHandler(Exception.class)
  ResponseEntity<Map<String, Object>> answer(Exception exception) {
    Fault fault = Fault.of(exception).logged();
    ResponseEntity.BodyBuilder response =
        ResponseEntity.status(fault.status()).contentType(MediaType.APPLICATION_JSON);
    fault
        .retryAfter()
        .ifPresent(
            wait -> response.header(HttpHeaders.RETRY_AFTER, String.valueOf(wait.toSeconds())));
    return response.body(body(fault));
  }

  static Map<String, Object> body(Fault fault) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", fault.type());
    body.put("message", fault.message());
    return body;
  }
}
