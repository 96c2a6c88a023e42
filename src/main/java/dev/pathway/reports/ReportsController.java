package dev.pathway.reports;

import dev.pathway.phase.GateRecord;
import dev.pathway.phase.GateRepository;
import dev.pathway.progress.Downloads;
import dev.pathway.progress.ImplementationAccess;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The gate records and the PDF reports of an implementation; whoever may not read the
 * implementation gets 404 from each.
 *
 * <ul>
 *   <li>{@code GET /api/implementations/{id}/gates}: every gate record, oldest first (JSON)
 *   <li>{@code GET /api/implementations/{id}/gates/{gateId}/record.pdf}: the gate decision record
 *   <li>{@code GET /api/implementations/{id}/reports/status.pdf}: the status report
 *   <li>{@code GET /api/implementations/{id}/reports/management-review.pdf}: the management review
 *       pack (8.2)
 * </ul>
 */
@RestController
class ReportsController {

  private final ImplementationAccess access;
  private final GateRepository gates;
  private final PdfReports pdf;
  private final StatusReports status;
  private final ManagementReviewPacks reviews;

  ReportsController(
      ImplementationAccess access,
      GateRepository gates,
      PdfReports pdf,
      StatusReports status,
      ManagementReviewPacks reviews) {
    this.access = access;
    this.gates = gates;
    this.pdf = pdf;
    this.status = status;
    this.reviews = reviews;
  }

  @GetMapping("/api/implementations/{id}/gates")
  List<GateRecord> gates(@PathVariable String id) {
    access.readable(id);
    return gates.records(id);
  }

  @GetMapping("/api/implementations/{id}/gates/{gateId}/record.pdf")
  ResponseEntity<byte[]> gateRecord(@PathVariable String id, @PathVariable String gateId) {
    HistoricProcessInstance implementation = access.readable(id);
    GateRecord gate =
        gates.records(id).stream()
            .filter(record -> record.gateId().equals(gateId))
            .findFirst()
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "No gate '" + gateId + "' in implementation '" + id + "'"));
    return attachment(
        "gate-record-phase-" + gate.phase() + "-round-" + gate.round() + "-" + id + ".pdf",
        pdf.pdf(
            "gate-record",
            Values.of(
                "implementation", status.implementation(implementation),
                "gate", GateRecords.of(gate))));
  }

  @GetMapping("/api/implementations/{id}/reports/status.pdf")
  ResponseEntity<byte[]> statusReport(@PathVariable String id) {
    return attachment(
        "status-report-" + id + ".pdf", pdf.pdf("status", status.of(access.readable(id))));
  }

  @GetMapping("/api/implementations/{id}/reports/management-review.pdf")
  ResponseEntity<byte[]> managementReview(@PathVariable String id) {
    ManagementReviewInput input = reviews.input(access.readable(id));
    return attachment(
        "management-review-pack-" + id + ".pdf",
        pdf.pdf("management-review", reviews.values(input)));
  }

  private static ResponseEntity<byte[]> attachment(String fileName, byte[] body) {
    return Downloads.attachment(fileName, MediaType.APPLICATION_PDF, body);
  }
}
