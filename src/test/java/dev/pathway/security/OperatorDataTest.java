package dev.pathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pathway.support.FromAddress;
import dev.pathway.support.FromAddress.Answer;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * The engine's operator data (metrics, telemetry, schema log, jobs, incidents, ...) is for
 * administrators only.
 */
@PathwayTest
class OperatorDataTest {

  private static final List<String> OPERATOR_DATA =
      List.of(
          "/engine-rest/metrics/activity-instance-start/sum",
          "/engine-rest/metrics?name=activity-instance-start",
          "/engine-rest/engine/default/metrics/activity-instance-start/sum",
          "/engine-rest//metrics/activity-instance-start/sum",
          "/engine-rest/telemetry/data",
          "/engine-rest/telemetry/configuration",
          "/engine-rest/schema/log",
          "/engine-rest/job",
          "/engine-rest/job-definition",
          "/engine-rest/history/job-log",
          "/engine-rest/incident",
          "/engine-rest/batch",
          "/engine-rest/history/cleanup/configuration");

  @Autowired TestRestTemplate http;
  @LocalServerPort int port;

  @Test
  void roleHoldersAndOversightAreRefusedWithAClearMessage() {
    for (String user : List.of("ivan", "bea", "paul")) {
      for (String path : OPERATOR_DATA) {
        ResponseEntity<String> refused = RestClient.as(http, user).get(path);
        assertThat(refused.getStatusCode().value()).as(user + " " + path).isEqualTo(403);
        assertThat(RestClient.json(refused.getBody()).path("message").asText())
            .isEqualTo(
                "Engine metrics, telemetry, jobs, incidents and other operator data are for administrators (camunda-admin) only");
      }
    }
  }

  @Test
  void aPathSpelledDifferentlyIsRefusedAlike() {
    // the check reads the path as the container decoded and normalized it, as Jersey matches it
    FromAddress client = FromAddress.client("127.0.0.1", port);
    for (String path :
        List.of(
            "/engine-rest/%6detrics/activity-instance-start/sum",
            "/engine-rest/metrics;x=y/activity-instance-start/sum",
            "/engine-rest/./metrics/activity-instance-start/sum",
            "/engine-rest/task/../metrics/activity-instance-start/sum")) {
      Answer answer = client.getAs("ivan", "ivan", path);
      assertThat(answer.status()).as(path).isEqualTo(403);
      assertThat(answer.body()).as(path).doesNotContain("result");
    }
  }

  @Test
  void administratorsReadThem() {
    for (String path : OPERATOR_DATA) {
      assertThat(RestClient.as(http, "demo").get(path).getStatusCode().value())
          .as(path)
          .isEqualTo(200);
    }
  }

  @Test
  void theWorkItselfStaysOpenToRoleHolders() {
    assertThat(RestClient.as(http, "ivan").get("/engine-rest/task").getStatusCode().value())
        .isEqualTo(200);
    assertThat(
            RestClient.as(http, "ivan")
                .get("/engine-rest/process-definition")
                .getStatusCode()
                .value())
        .isEqualTo(200);
  }
}
