package dev.pathway.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.pathway.catalogue.Activity;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.documents.EvidenceLinks;
import dev.pathway.phase.ActivityRecord;
import dev.pathway.phase.ActivityRecordRepository;
import dev.pathway.phase.NotApplicableApproval;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The requirements register of an implementation, statement-of-applicability style: every Table B.1
 * activity in each phase it is marked for, with the latest outcome recorded in that phase, its
 * evidence or justification, who and when. {@code GET /api/implementations/{id}/register} as JSON,
 * {@code …/register.csv} as CSV, {@code …/register.xlsx} as a workbook; 404 for whoever may not
 * read the implementation.
 */
@RestController
class RequirementsRegisterController {

  private static final CsvMapper CSV = new CsvMapper();
  private static final CsvSchema SCHEMA = CSV.schemaFor(RegisterRow.class).withHeader();

  private final ImplementationAccess access;
  private final Catalogue catalogue;
  private final ActivityRecordRepository records;
  private final EvidenceLinks evidence;

  RequirementsRegisterController(
      ImplementationAccess access,
      Catalogue catalogue,
      ActivityRecordRepository records,
      EvidenceLinks evidence) {
    this.evidence = evidence;
    this.access = access;
    this.catalogue = catalogue;
    this.records = records;
  }

  @GetMapping("/api/implementations/{id}/register")
  List<RegisterRow> register(@PathVariable String id) {
    access.readable(id);
    Map<String, List<String>> documents = evidence.linkedTo(id);
    Map<String, List<ActivityRecord>> byActivityAndPhase =
        records.ofImplementation(id).stream()
            .collect(Collectors.groupingBy(record -> key(record.activityId(), record.phase())));
    return catalogue.activities().stream()
        .flatMap(
            activity ->
                activity.phases().stream()
                    .map(
                        phase ->
                            row(
                                activity,
                                phase,
                                latest(byActivityAndPhase.get(key(activity.id(), phase))),
                                documents)))
        .toList();
  }

  @GetMapping("/api/implementations/{id}/register.csv")
  ResponseEntity<String> csv(@PathVariable String id) throws JsonProcessingException {
    return Downloads.attachment(
        "requirements-register-" + id + ".csv",
        new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
        CSV.writer(SCHEMA).writeValueAsString(register(id)));
  }

  @GetMapping("/api/implementations/{id}/register.xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable String id) throws IOException {
    return Downloads.attachment(
        "requirements-register-" + id + ".xlsx",
        RegisterWorkbook.MEDIA_TYPE,
        RegisterWorkbook.of(register(id)));
  }

  private static Optional<ActivityRecord> latest(List<ActivityRecord> records) {
    return records == null
        ? Optional.empty()
        : records.stream()
            .max(
                Comparator.comparingInt(ActivityRecord::round)
                    .thenComparing(ActivityRecord::completedAt));
  }

  private static RegisterRow row(
      Activity activity,
      int phase,
      Optional<ActivityRecord> record,
      Map<String, List<String>> documents) {
    return new RegisterRow(
        activity.area().id(),
        activity.area().name(),
        activity.id(),
        activity.label(),
        activity.text(),
        phase,
        record.map(found -> found.outcome().value()).orElse("open"),
        record.map(ActivityRecord::evidence).orElse(null),
        record
            .map(found -> documents.get(found.taskId()))
            .map(linked -> String.join(", ", linked))
            .orElse(null),
        record.map(ActivityRecord::justification).orElse(null),
        record.map(ActivityRecord::completedBy).orElse(null),
        record.map(found -> found.completedAt().toString()).orElse(null),
        notApplicable(record).map(approval -> approval.decision().value()).orElse(null),
        notApplicable(record).map(NotApplicableApproval::decidedBy).orElse(null),
        notApplicable(record)
            .map(NotApplicableApproval::decidedAt)
            .map(Object::toString)
            .orElse(null),
        notApplicable(record).map(NotApplicableApproval::reason).orElse(null));
  }

  private static Optional<NotApplicableApproval> notApplicable(Optional<ActivityRecord> record) {
    return record.map(ActivityRecord::notApplicable);
  }

  private static String key(String activityId, int phase) {
    return activityId + "@" + phase;
  }
}
