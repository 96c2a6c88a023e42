package dev.pathway.documents;

import dev.pathway.catalogue.Catalogue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Document versions of the register as an activity's evidence: named as people write them
 * ("DOC-0003 v2, DOC-0007 v1"), checked against the implementation's register (an issued version
 * only: a current one, or one superseded since), and linked to the activity's record.
 */
@Component
public class EvidenceLinks {

  private static final Pattern REFERENCE = Pattern.compile("(DOC-\\d{4,})\\s*v(\\d+)");
  private static final Set<String> EVIDENT =
      Set.of(DocumentStatus.ISSUED.value(), DocumentStatus.SUPERSEDED.value());

  private final JdbcTemplate jdbc;
  private final DocumentRegister register;
  private final Catalogue catalogue;

  EvidenceLinks(JdbcTemplate jdbc, DocumentRegister register, Catalogue catalogue) {
    this.jdbc = jdbc;
    this.register = register;
    this.catalogue = catalogue;
  }

  /** The references named in the text, in order, each once ("DOC-0003 v2"). */
  public static List<String> references(String text) {
    Set<String> references = new LinkedHashSet<>();
    if (text != null) {
      Matcher reference = REFERENCE.matcher(text);
      while (reference.find()) {
        references.add(reference.group(1) + " v" + reference.group(2));
      }
    }
    return List.copyOf(references);
  }

  /** What is wrong with the references for this implementation: empty when all may be linked. */
  public List<String> problems(String implementationId, String text) {
    List<String> problems = new ArrayList<>();
    if (text != null && !text.isBlank() && references(text).isEmpty()) {
      problems.add("name register versions as DOC-0003 v2, separated by commas");
    }
    for (String reference : references(text)) {
      String status = status(implementationId, reference);
      if (status == null) {
        problems.add(reference + " is not in this implementation's register");
      } else if (!EVIDENT.contains(status)) {
        problems.add(reference + " is " + status + ": only an issued version is evidence");
      }
    }
    return problems;
  }

  /**
   * Links the referenced versions to the activity's record (the task it was completed in); each
   * document's log says whose record of which activity it became evidence of.
   */
  public void link(String taskId, String implementationId, String text) {
    for (String reference : references(text)) {
      String[] parts = reference.split(" v");
      int version = Integer.parseInt(parts[1]);
      jdbc.update(
          "insert into pw_activity_evidence (task_id, document_id, version)"
              + " select ?, d.id, ? from pw_document d where d.implementation_id = ? and d.identifier = ?",
          taskId,
          version,
          implementationId,
          parts[0]);
      jdbc.query(
              "select d.id, r.activity_id, r.phase, r.completed_by from pw_document d,"
                  + " pw_activity_record r"
                  + " where d.implementation_id = ? and d.identifier = ? and r.task_id = ?",
              (row, n) ->
                  List.of(
                      row.getString(1),
                      "Evidence of Table B.1 "
                          + catalogue.activity(row.getString(2)).reference()
                          + ", Phase "
                          + row.getInt(3),
                      String.valueOf(row.getString(4))),
              implementationId,
              parts[0],
              taskId)
          .forEach(
              linked -> {
                register.lock(linked.get(0));
                register.append(linked.get(0), version, "evidence", linked.get(2), linked.get(1));
              });
    }
  }

  /** The linked versions of each record (task id → "DOC-0003 v2", …). */
  public Map<String, List<String>> linkedTo(String implementationId) {
    return jdbc
        .query(
            "select e.task_id, d.identifier, e.version from pw_activity_evidence e"
                + " join pw_document d on d.id = e.document_id"
                + " where d.implementation_id = ? order by d.identifier, e.version",
            (row, n) -> Map.entry(row.getString(1), row.getString(2) + " v" + row.getInt(3)),
            implementationId)
        .stream()
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  private String status(String implementationId, String reference) {
    String[] parts = reference.split(" v");
    List<String> statuses =
        jdbc.queryForList(
            "select v.status from pw_document_version v join pw_document d on d.id = v.document_id"
                + " where d.implementation_id = ? and d.identifier = ? and v.version = ?",
            String.class,
            implementationId,
            parts[0],
            Integer.parseInt(parts[1]));
    return statuses.isEmpty() ? null : statuses.get(0);
  }
}
