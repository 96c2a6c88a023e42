package dev.pathway.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.pathway.audit.AuditModel;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.improvement.ContinualImprovementModel;
import dev.pathway.phase.Outcome;
import dev.pathway.progress.RegisterRow;
import dev.pathway.support.ContinualImprovementStart;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.PdfText;
import dev.pathway.support.RestClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The reports a compliance manager hands to management and auditors, downloaded as a process owner
 * or board member would: the register as CSV and XLSX read back with their libraries, and the PDFs
 * read back as text with PDFBox. Phase 1 is worked with change management not achieved, and passed
 * by the board.
 */
@PathwayTest
class ReportsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;
  @Autowired TestRestTemplate http;

  Implementation implementation;
  String id;

  @BeforeEach
  void phase1PassedWithChangeManagementNotAchieved() {
    implementation = new Implementation(engine, catalogue).enterPhase1(Map.of());
    implementation.adjustPlan();
    implementation.completeActivities(
        activity ->
            activity.startsWith("change-management") ? Outcome.NOT_ACHIEVED : Outcome.ACHIEVED);
    implementation.analyse();
    implementation.passGate();
    id = implementation.programme().getId();
  }

  @Test
  void theRegisterReadsBackFromCsvAndXlsxAsTheRecordsSayWithTypedNumbersAndDates()
      throws IOException {
    List<RegisterRow> register =
        Arrays.asList(
            JSON.readValue(
                RestClient.as(http, "bea")
                    .get("/api/implementations/" + id + "/register")
                    .getBody(),
                RegisterRow[].class));

    ResponseEntity<String> csv =
        RestClient.as(http, "bea").get("/api/implementations/" + id + "/register.csv");
    CsvMapper csvMapper = new CsvMapper();
    // CSV writes nothing where JSON has null
    csvMapper.enable(CsvParser.Feature.EMPTY_STRING_AS_NULL);
    try (MappingIterator<RegisterRow> rows =
        csvMapper
            .readerFor(RegisterRow.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(csv.getBody())) {
      assertThat(rows.readAll())
          .usingRecursiveComparison()
          .withEqualsForType(
              (a, b) -> a == null ? b == null || b.isEmpty() : a.equals(b), String.class)
          .isEqualTo(register);
    }

    ResponseEntity<byte[]> xlsx =
        RestClient.as(http, "bea").download("/api/implementations/" + id + "/register.xlsx");
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(xlsx.getHeaders().getContentType())
        .hasToString("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(xlsx.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"requirements-register-" + id + ".xlsx\"");
    keep("requirements-register.xlsx", xlsx.getBody());
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows.get(0).getCellAsString(0)).contains("areaId");
      assertThat(rows.get(0).getCellAsString(11)).contains("completedAt");
      assertThat(rows).hasSize(register.size() + 1);
      for (int r = 0; r < register.size(); r++) {
        RegisterRow expected = register.get(r);
        Row row = rows.get(r + 1);
        assertThat(row.getCellAsString(2)).contains(expected.activityId());
        assertThat(row.getCell(5).getType()).isEqualTo(CellType.NUMBER);
        assertThat(row.getCellAsNumber(5)).contains(BigDecimal.valueOf(expected.phase()));
        assertThat(row.getCellAsString(6)).contains(expected.outcome());
        assertThat(row.getCellAsString(7).orElse(null)).isEqualTo(expected.evidence());
        assertThat(row.getCellAsString(10).orElse(null)).isEqualTo(expected.completedBy());
        if (expected.completedAt() == null) {
          assertThat(row.getOptionalCell(11).map(cell -> cell.getType()))
              .isEmpty()
              .as("no date where nothing was recorded");
        } else {
          assertThat(row.getCell(11).getType()).isEqualTo(CellType.NUMBER);
          assertThat(row.getCellAsDate(11).orElseThrow().truncatedTo(ChronoUnit.SECONDS))
              .isEqualTo(
                  LocalDateTime.ofInstant(Instant.parse(expected.completedAt()), ZoneOffset.UTC)
                      .truncatedTo(ChronoUnit.SECONDS));
        }
      }
    }
  }

  @Test
  void theStatusReportShowsTheHeatmapTheOpenWorkByRoleGroupAndTheGateTimeline() {
    int incidentInPhase1 = activitiesOf("incident-management-including-request-fulfilment", 1);
    int changeInPhase1 = activitiesOf("change-management", 1);

    String text = pdf("/api/implementations/" + id + "/reports/status.pdf", "status-report-" + id);

    assertThat(text)
        .contains("Implementation status report")
        .contains("Service provider: ")
        .contains("Progress by process area and phase (Table B.1)")
        .contains("Incident management (including")
        .contains("100 % (" + incidentInPhase1 + "/" + incidentInPhase1 + ")")
        .contains("0 % (0/" + changeInPhase1 + ")")
        .contains("Open and overdue work by role group")
        .contains("project-team")
        .contains("Gate timeline")
        .contains("Phase 1, round 1")
        .contains("bea: approved")
        .contains("ben: approved");
  }

  @Test
  void theGateDecisionRecordHoldsInputsRuleOutcomeAndVotes() {
    String gateId = phase1GateAsSeenBy("sofia");

    String text =
        pdf(
            "/api/implementations/" + id + "/gates/" + gateId + "/record.pdf",
            "gate-record-phase-1-round-1-" + id);

    assertThat(text)
        .contains("Gate decision record: Phase 1, round 1")
        .contains("Recommended by the decision")
        .contains("Proceed, carrying the unfinished activities into the next phase")
        .contains("Rule_3")
        .contains("Inputs of the decision")
        .contains("Unfinished activities")
        .contains("Change management")
        .contains("not-achieved")
        .contains("Votes of the implementation board")
        .contains("bea")
        .contains("ben")
        .contains("Achievement analysis by")
        .contains("paul");
    assertThat(
            RestClient.as(http, "bea")
                .get("/api/implementations/" + id + "/gates/no-such-gate/record.pdf")
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theManagementReviewPackGathersMonitoringAuditsNonconformitiesActionsAndEarlierDecisions() {
    ContinualImprovementStart.governed(engine, implementation.scenario(), id);
    fire(ContinualImprovementModel.MONITORING_TIMER);
    implementation
        .scenario()
        .complete(
            "sofia",
            ContinualImprovementModel.MONITORING_TASK,
            Map.of(
                ContinualImprovementModel.PERFORMANCE_SUMMARY.name(),
                "Hosting 99.95 %; workplace 98.7 %",
                ContinualImprovementModel.TARGETS_MET.name(),
                "some"));
    fire(ContinualImprovementModel.INTERNAL_AUDIT_TIMER);
    Map<String, Object> audit =
        Implementation.cycleAuditAnswers(
            List.of(
                finding("Change records incomplete for emergency changes"),
                finding("Change records incomplete for standard changes")));
    audit.put(ContinualImprovementModel.FINDINGS.name(), "Emergency changes are not reviewed");
    implementation.scenario().complete("ada", AuditModel.AUDIT_TASK, audit);
    fire(ContinualImprovementModel.MANAGEMENT_REVIEW_TIMER);
    implementation
        .scenario()
        .complete(
            "tina",
            ContinualImprovementModel.MANAGEMENT_REVIEW_TASK,
            Map.of(
                ContinualImprovementModel.REVIEW_DECISIONS.name(),
                "Fund the change tooling upgrade",
                ContinualImprovementModel.SMS_STILL_SUITABLE.name(),
                true));

    String text =
        pdf(
            "/api/implementations/" + id + "/reports/management-review.pdf",
            "management-review-pack-" + id);

    assertThat(text)
        .contains("Management review pack")
        .contains("1. Monitoring results")
        .contains("Hosting 99.95 %")
        .contains("2. Internal audit results")
        .contains("Change records")
        .contains("3. Nonconformities")
        .contains("Internal audit, cycle 1")
        .contains("4. Status of improvement actions")
        .contains("Emergency changes are not")
        .contains("being")
        .contains("5. Earlier decisions")
        .contains("Phase 1, round 1")
        .contains("Fund the change tooling")
        .contains("suitable")
        .contains("6. Since the last management review")
        .contains("Nonconformities and corrective actions")
        .contains("Minor nonconformity in Change management");
  }

  private static Map<String, Object> finding(String statement) {
    return Map.of(
        "area", "change-management",
        "clause", "8.5.1",
        "kind", "minor-nonconformity",
        "statement", statement,
        "evidence", "CHG-0101, CHG-0107");
  }

  @Test
  void whoMayNotReadTheImplementationGets404FromEveryReport() {
    String gateId = phase1GateAsSeenBy("bea");
    for (String path :
        List.of(
            "/gates",
            "/gates/" + gateId + "/record.pdf",
            "/register.csv",
            "/register.xlsx",
            "/reports/status.pdf",
            "/reports/management-review.pdf")) {
      assertThat(
              RestClient.as(http, "ivan")
                  .download("/api/implementations/" + id + path)
                  .getStatusCode())
          .as(path)
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(
              RestClient.anonymous(http)
                  .download("/api/implementations/" + id + path)
                  .getStatusCode())
          .as(path + " without logging in")
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
  }

  private String pdf(String path, String fileName) {
    ResponseEntity<byte[]> response = RestClient.as(http, "bea").download(path);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType()).hasToString("application/pdf");
    assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"" + fileName + ".pdf\"");
    keep(fileName + ".pdf", response.getBody());
    return PdfText.of(response.getBody());
  }

  /** Each report as downloaded, under target/reports, for a person to look at. */
  private static void keep(String fileName, byte[] content) {
    try {
      Path folder = Files.createDirectories(Path.of("target", "reports"));
      Files.write(folder.resolve(fileName), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The gate of Phase 1 in the gate records, as this user reads them. */
  private String phase1GateAsSeenBy(String user) {
    return RestClient.as(http, user)
        .getJson("/api/implementations/" + id + "/gates")
        .get(0)
        .path("gateId")
        .asText();
  }

  private int activitiesOf(String areaId, int phase) {
    return (int)
        catalogue.activitiesOf(phase).stream()
            .filter(activity -> activity.area().id().equals(areaId))
            .count();
  }

  private void fire(String timerId) {
    engine
        .getManagementService()
        .executeJob(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(
                    implementation.scenario().instance(ContinualImprovementModel.KEY).getId())
                .timers()
                .activityId(timerId)
                .singleResult()
                .getId());
  }
}
