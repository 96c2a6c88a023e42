package dev.pathway.documents;

import static dev.pathway.support.RestClient.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pathway.support.DocumentRequests;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import dev.pathway.support.Scenario;
import dev.pathway.support.StartUpAnswers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The register of documented information of an implementation: documents registered by their
 * owners, versions kept with their files and checksums, read by whom the register allows, and every
 * action in the document's log.
 */
@PathwayTest
class DocumentRegisterTest {

  private static final byte[] POLICY_PDF =
      "%PDF-1.4 Service management policy, issue 1".getBytes(StandardCharsets.UTF_8);

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate http;

  private String implementationId;

  @BeforeEach
  void anImplementation() {
    implementationId = new Scenario(engine).startProgramme("tina", StartUpAnswers.start()).getId();
  }

  @Test
  void documentationManagementRegistersAPolicyAndItsOwnersReadWhatWasUploaded() throws Exception {
    JsonNode policy = register("paul", "Service management policy", "policy", "top-management");
    assertThat(policy.get("identifier").asText()).isEqualTo("DOC-0001");
    assertThat(policy.get("status").asText()).isEqualTo("draft");
    String id = policy.get("id").asText();

    ResponseEntity<String> uploaded =
        uploadAs(
            "paul",
            id,
            file("../../policy.pdf", "application/pdf", POLICY_PDF),
            "First issue for approval");
    assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode version = RestClient.json(uploaded.getBody());
    assertThat(version.get("version").asInt()).isEqualTo(1);
    assertThat(version.get("status").asText()).as("a policy waits for approval").isEqualTo("draft");
    assertThat(version.get("fileName").asText()).as("path parts removed").isEqualTo("policy.pdf");
    assertThat(version.get("sha256").asText()).isEqualTo(sha256(POLICY_PDF));
    assertThat(version.get("sizeBytes").asLong()).isEqualTo(POLICY_PDF.length);

    ResponseEntity<byte[]> download =
        RestClient.as(http, "tina").download("/api/documents/" + id + "/versions/1/content");
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).isEqualTo(POLICY_PDF);
    assertThat(download.getHeaders().getContentType()).hasToString("application/pdf");
    assertThat(download.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
    assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

    JsonNode history = RestClient.as(http, "tina").getJson("/api/documents/" + id + "/history");
    assertThat(history.findValuesAsText("action"))
        .containsExactly("registered", "uploaded", "downloaded");
    assertThat(history.findValuesAsText("actor")).containsExactly("paul", "paul", "tina");
  }

  @Test
  void whoIsNeitherOwnerNorReaderNorOversightFindsNothing() {
    String id =
        register("paul", "Incident procedure", "procedure", "incident-management")
            .get("id")
            .asText();
    String hrPlan = register("hana", "Training plan", "plan", "human-resources").get("id").asText();

    assertThat(RestClient.as(http, "ivan").get("/api/documents/" + id).getStatusCode())
        .as("ivan's group owns it")
        .isEqualTo(HttpStatus.OK);
    assertThat(RestClient.as(http, "ivan").get("/api/documents/" + hrPlan).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            RestClient.as(http, "ivan")
                .download("/api/documents/" + hrPlan + "/versions/1/content")
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(documentsSeenBy("ivan")).containsExactly("Incident procedure");
    assertThat(documentsSeenBy("tina"))
        .as("top management oversees everything")
        .containsExactly("Incident procedure", "Training plan");
    assertThat(
            uploadAs("ivan", hrPlan, file("plan.pdf", "application/pdf", POLICY_PDF), "mine now")
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            RestClient.as(http, "ivan")
                .post("/api/documents", newDocument("Training plan", "plan", "human-resources"))
                .getStatusCode())
        .as("only the owning group or documentation management registers")
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aRecordIsIssuedAtOnceAndKeptForItsRetentionPeriod() {
    Map<String, Object> request =
        newDocument("Incident review minutes", "record", "incident-management");
    request.put("retention", "P3Y");
    ResponseEntity<String> registered = RestClient.as(http, "ivan").post("/api/documents", request);
    assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String id = RestClient.json(registered.getBody()).get("id").asText();

    uploadAs(
        "ivan",
        id,
        file("minutes.txt", "text/plain", "Reviewed 12 incidents".getBytes()),
        "Minutes of the review");

    JsonNode document = RestClient.as(http, "ivan").getJson("/api/documents/" + id);
    assertThat(document.at("/document/retention").asText()).isEqualTo("P3Y");
    assertThat(document.at("/document/currentVersion").asInt()).isEqualTo(1);
    assertThat(document.at("/versions/0/status").asText()).isEqualTo("issued");
  }

  @Test
  void aWithdrawnDocumentLeavesCurrentAndIsKeptArchived() {
    Map<String, Object> request =
        newDocument("Old incident record", "record", "incident-management");
    String id =
        RestClient.json(RestClient.as(http, "ivan").post("/api/documents", request).getBody())
            .get("id")
            .asText();
    uploadAs("ivan", id, file("old.txt", "text/plain", "old".getBytes()), "Kept for three years");

    assertRefused(
        RestClient.as(http, "ivan").post("/api/documents/" + id + "/withdraw", Map.of()),
        HttpStatus.BAD_REQUEST,
        "reason: is required");
    ResponseEntity<String> withdrawn =
        RestClient.as(http, "ivan")
            .post(
                "/api/documents/" + id + "/withdraw", Map.of("reason", "Replaced by the new tool"));
    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);

    JsonNode document = RestClient.as(http, "ivan").getJson("/api/documents/" + id);
    assertThat(document.at("/document/status").asText()).isEqualTo("archived");
    assertThat(
            document.at("/document/currentVersion").isMissingNode()
                || document.at("/document/currentVersion").isNull())
        .as("no version is current")
        .isTrue();
    assertThat(document.at("/versions/0/status").asText()).isEqualTo("withdrawn");
    assertThat(
            RestClient.as(http, "ivan")
                .download("/api/documents/" + id + "/versions/1/content")
                .getBody())
        .as("kept")
        .isEqualTo("old".getBytes());
    assertThat(
            RestClient.as(http, "ivan")
                .post("/api/documents/" + id + "/withdraw", Map.of("reason", "again"))
                .getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void anExternalDocumentIsRegisteredByItsLinkAndChecksum() {
    String id =
        register("paul", "Supplier's security standard", "external-document", "supplier-management")
            .get("id")
            .asText();
    String checksum = sha256("the supplier's page".getBytes());
    ResponseEntity<String> linked =
        RestClient.as(http, "paul")
            .postMultipart(
                "/api/documents/" + id + "/versions",
                Map.of(
                    "url", "https://intranet.example/suppliers/security-standard",
                    "sha256", checksum,
                    "changeSummary", "As published on the intranet"));
    assertThat(linked.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(RestClient.json(linked.getBody()).get("externalUrl").asText())
        .isEqualTo("https://intranet.example/suppliers/security-standard");
    assertThat(
            RestClient.as(http, "paul")
                .download("/api/documents/" + id + "/versions/1/content")
                .getStatusCode())
        .as("there is no file to download")
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void twoAuthorsUploadingAtOnceGetTwoVersionsInOrder() throws Exception {
    String id =
        register("paul", "Change procedure", "procedure", "change-management").get("id").asText();
    ExecutorService authors = Executors.newFixedThreadPool(2);
    try {
      List<Callable<ResponseEntity<String>>> uploads =
          List.of(upload(id, "carla", "by carla"), upload(id, "paul", "by paul"));
      for (Future<ResponseEntity<String>> upload : authors.invokeAll(uploads)) {
        assertThat(upload.get().getStatusCode()).isEqualTo(HttpStatus.CREATED);
      }
    } finally {
      authors.shutdown();
    }
    JsonNode versions =
        RestClient.as(http, "carla").getJson("/api/documents/" + id).get("versions");
    assertThat(versions.findValuesAsText("version")).containsExactly("1", "2");
    assertThat(versions.findValuesAsText("changeSummary"))
        .containsExactlyInAnyOrder("by carla", "by paul");
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
    String id =
        register("paul", "Release policy", "policy", "release-management").get("id").asText();
    RestClient paul = RestClient.as(http, "paul");

    assertRefused(
        paul.post("/api/documents", newDocument("Release plan", "memo", "release-management")),
        HttpStatus.BAD_REQUEST,
        "type: 'memo' is not a type of documented information");
    assertRefused(
        paul.post(
            "/api/documents", newDocument("Plan \u202Egnp.exe", "plan", "release-management")),
        HttpStatus.BAD_REQUEST,
        "title:");
    Map<String, Object> unknownArea = newDocument("Release plan", "plan", "release-management");
    unknownArea.put("areas", List.of("astrology"));
    assertRefused(
        paul.post("/api/documents", unknownArea), HttpStatus.BAD_REQUEST, "areas: 'astrology'");
    assertRefused(
        paul.postMultipart(
            "/api/documents/" + id + "/versions",
            Map.of(
                "file", file("empty.pdf", "application/pdf", new byte[0]), "changeSummary", "x")),
        HttpStatus.BAD_REQUEST,
        "file: is empty");
    assertRefused(
        paul.postMultipart(
            "/api/documents/" + id + "/versions",
            Map.of(
                "file",
                file("tool.exe", "application/x-msdownload", new byte[] {77, 90}),
                "changeSummary",
                "x")),
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "the media type application/x-msdownload is not accepted");
    assertRefused(
        paul.postMultipart(
            "/api/documents/" + id + "/versions",
            Map.of("file", file("policy.pdf", "application/pdf", POLICY_PDF))),
        HttpStatus.BAD_REQUEST,
        "changeSummary: is required");

    assertThat(paul.getJson("/api/documents/" + id).get("versions")).isEmpty();
    assertThat(documentsSeenBy("paul")).containsExactly("Release policy");
  }

  private Callable<ResponseEntity<String>> upload(String id, String author, String summary) {
    return () ->
        uploadAs(author, id, file(author + ".pdf", "application/pdf", summary.getBytes()), summary);
  }

  private ResponseEntity<String> uploadAs(
      String user, String id, HttpEntity<ByteArrayResource> file, String changeSummary) {
    return RestClient.as(http, user).uploadVersion(id, file, changeSummary);
  }

  private JsonNode register(String user, String title, String type, String ownerGroup) {
    return DocumentRequests.register(
        RestClient.as(http, user), newDocument(title, type, ownerGroup));
  }

  private Map<String, Object> newDocument(String title, String type, String ownerGroup) {
    return DocumentRequests.newDocument(implementationId, title, type, ownerGroup);
  }

  private List<String> documentsSeenBy(String user) {
    return RestClient.as(http, user)
        .getJson("/api/documents?implementationId=" + implementationId)
        .findValuesAsText("title");
  }

  private static void assertRefused(
      ResponseEntity<String> response, HttpStatus status, String message) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    assertThat(RestClient.json(response.getBody()).get("message").asText()).contains(message);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
