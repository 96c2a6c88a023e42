package dev.pathway.process;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Pathway's API answers the engine's refusals the way the engine REST API does. */
@RestControllerAdvice
class ApiErrors {

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, String>> forbidden(AuthorizationException refused) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .body(Map.of("type", "AuthorizationException", "message", refused.getMessage()));
  }
}
