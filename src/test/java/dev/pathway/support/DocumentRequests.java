package dev.pathway.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Registering documents in an implementation's register as its people do, over {@code /api}. */
public final class DocumentRequests {

  private DocumentRequests() {}

  /**
   * What registering a document sends, serving "Document and record management"; a map the caller
   * may add to (a review date, a retention period, other areas).
   */
  public static Map<String, Object> newDocument(
      String implementationId, String title, String type, String ownerGroup) {
    Map<String, Object> request = new HashMap<>();
    request.put("implementationId", implementationId);
    request.put("title", title);
    request.put("type", type);
    request.put("areas", List.of("document-and-record-management"));
    request.put("ownerGroup", ownerGroup);
    return request;
  }

  /** The document as registered (201), or the test fails with the answer. */
  public static JsonNode register(RestClient client, Map<String, Object> request) {
    ResponseEntity<String> response = client.post("/api/documents", request);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    return RestClient.json(response.getBody());
  }
}
