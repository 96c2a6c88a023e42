package dev.pathway.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.util.StreamUtils;

/** The register's tables ({@code pw_document*}): what is stored, and nothing about who may. */
@Repository
class DocumentRegister {

  private static final String DOCUMENT_COLUMNS =
      "d.id, d.implementation_id, d.identifier, d.title, d.type, d.areas, d.owner_group,"
          + " d.reader_groups, d.status, d.review_date, d.retention, d.created_by, d.created_at,"
          + " (select max(v.version) from pw_document_version v where v.document_id = d.id"
          + " and v.status = 'issued') as current_version";

  private static final String VERSION_COLUMNS =
      "version, status, file_name, media_type, size_bytes, sha256, external_url, author,"
          + " change_summary, created_at";

  private final JdbcTemplate jdbc;

  DocumentRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The next identifier of the implementation's register, DOC-0001 first; taken once only. */
  String nextIdentifier(String implementationId) {
    int updated =
        jdbc.update(
            "update pw_document_number set last_number = last_number + 1 where implementation_id = ?",
            implementationId);
    if (updated == 0) {
      jdbc.update(
          "insert into pw_document_number (implementation_id, last_number) values (?, 1)",
          implementationId);
    }
    Integer number =
        jdbc.queryForObject(
            "select last_number from pw_document_number where implementation_id = ?",
            Integer.class,
            implementationId);
    return String.format("DOC-%04d", number);
  }

  void insert(Document document) {
    jdbc.update(
        "insert into pw_document (id, implementation_id, identifier, title, type, areas, owner_group,"
            + " reader_groups, status, review_date, retention, created_by, created_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        document.id(),
        document.implementationId(),
        document.identifier(),
        document.title(),
        document.type(),
        String.join(",", document.areas()),
        document.ownerGroup(),
        String.join(",", document.readerGroups()),
        document.status(),
        document.reviewDate() == null ? null : Date.valueOf(document.reviewDate()),
        document.retention(),
        document.createdBy(),
        Timestamp.from(document.createdAt()));
  }

  Optional<Document> find(String id) {
    return jdbc
        .query(
            "select " + DOCUMENT_COLUMNS + " from pw_document d where d.id = ?",
            DocumentRegister::document,
            id)
        .stream()
        .findFirst();
  }

  /** The document's row, locked until the transaction ends: its versions and log take turns. */
  void lock(String id) {
    jdbc.queryForList("select id from pw_document where id = ? for update", String.class, id);
  }

  List<Document> ofImplementation(String implementationId) {
    return jdbc.query(
        "select "
            + DOCUMENT_COLUMNS
            + " from pw_document d where d.implementation_id = ? order by d.identifier",
        DocumentRegister::document,
        implementationId);
  }

  List<DocumentVersion> versions(String documentId) {
    return jdbc.query(
        "select "
            + VERSION_COLUMNS
            + " from pw_document_version where document_id = ? order by version",
        DocumentRegister::version,
        documentId);
  }

  Optional<DocumentVersion> version(String documentId, int version) {
    return versions(documentId).stream().filter(found -> found.version() == version).findFirst();
  }

  int nextVersion(String documentId) {
    Integer last =
        jdbc.queryForObject(
            "select max(version) from pw_document_version where document_id = ?",
            Integer.class,
            documentId);
    return last == null ? 1 : last + 1;
  }

  /** Writes the version, its content streamed from the stream given (null for a link). */
  void insertVersion(String documentId, DocumentVersion version, InputStream content) {
    jdbc.update(
        "insert into pw_document_version (document_id, "
            + VERSION_COLUMNS
            + ", content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        statement -> {
          statement.setString(1, documentId);
          statement.setInt(2, version.version());
          statement.setString(3, version.status());
          statement.setString(4, version.fileName());
          statement.setString(5, version.mediaType());
          statement.setLong(6, version.sizeBytes());
          statement.setString(7, version.sha256());
          statement.setString(8, version.externalUrl());
          statement.setString(9, version.author());
          statement.setString(10, version.changeSummary());
          statement.setTimestamp(11, Timestamp.from(version.createdAt()));
          if (content == null) {
            statement.setNull(12, java.sql.Types.BINARY);
          } else {
            statement.setBinaryStream(12, content, version.sizeBytes());
          }
        });
  }

  /** Copies the version's file to the output, in the caller's transaction. */
  void copyContent(String documentId, int version, OutputStream output) {
    jdbc.query(
        "select content from pw_document_version where document_id = ? and version = ?",
        row -> {
          try (InputStream content = row.getBinaryStream(1)) {
            if (content != null) {
              StreamUtils.copy(content, output);
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        documentId,
        version);
  }

  void setVersionStatus(String documentId, int version, DocumentStatus status) {
    jdbc.update(
        "update pw_document_version set status = ? where document_id = ? and version = ?",
        status.value(),
        documentId,
        version);
  }

  void supersedeIssued(String documentId) {
    jdbc.update(
        "update pw_document_version set status = ? where document_id = ? and status = ?",
        DocumentStatus.SUPERSEDED.value(),
        documentId,
        DocumentStatus.ISSUED.value());
  }

  void setReviewDate(String documentId, java.time.LocalDate reviewDate) {
    jdbc.update(
        "update pw_document set review_date = ? where id = ?",
        Date.valueOf(reviewDate),
        documentId);
  }

  void withdrawIssued(String documentId) {
    jdbc.update(
        "update pw_document_version set status = ? where document_id = ? and status = ?",
        DocumentStatus.WITHDRAWN.value(),
        documentId,
        DocumentStatus.ISSUED.value());
  }

  void setStatus(String documentId, DocumentStatus status) {
    jdbc.update("update pw_document set status = ? where id = ?", status.value(), documentId);
  }

  /** Issued while a version is issued, in review while one is, else a draft. */
  void restoreStatus(String documentId) {
    List<String> statuses =
        jdbc.queryForList(
            "select distinct status from pw_document_version where document_id = ?",
            String.class,
            documentId);
    DocumentStatus status =
        statuses.contains(DocumentStatus.ISSUED.value())
            ? DocumentStatus.ISSUED
            : statuses.contains(DocumentStatus.IN_REVIEW.value())
                ? DocumentStatus.IN_REVIEW
                : DocumentStatus.DRAFT;
    setStatus(documentId, status);
  }

  void append(String documentId, Integer version, String action, String actor, String detail) {
    Integer last =
        jdbc.queryForObject(
            "select max(seq) from pw_document_event where document_id = ?",
            Integer.class,
            documentId);
    jdbc.update(
        "insert into pw_document_event (document_id, seq, version, action, actor, at, detail)"
            + " values (?, ?, ?, ?, ?, ?, ?)",
        documentId,
        last == null ? 1 : last + 1,
        version,
        action,
        actor,
        Timestamp.from(Instant.now()),
        detail);
  }

  List<DocumentEvent> events(String documentId) {
    return jdbc.query(
        "select seq, version, action, actor, at, detail from pw_document_event"
            + " where document_id = ? order by seq",
        (row, n) ->
            new DocumentEvent(
                row.getInt("seq"),
                (Integer) row.getObject("version"),
                row.getString("action"),
                row.getString("actor"),
                row.getTimestamp("at").toInstant(),
                row.getString("detail")),
        documentId);
  }

  private static Document document(ResultSet row, int n) throws SQLException {
    Date reviewDate = row.getDate("review_date");
    Object current = row.getObject("current_version");
    return new Document(
        row.getString("id"),
        row.getString("implementation_id"),
        row.getString("identifier"),
        row.getString("title"),
        row.getString("type"),
        list(row.getString("areas")),
        row.getString("owner_group"),
        list(row.getString("reader_groups")),
        row.getString("status"),
        reviewDate == null ? null : reviewDate.toLocalDate(),
        row.getString("retention"),
        row.getString("created_by"),
        row.getTimestamp("created_at").toInstant(),
        current == null ? null : ((Number) current).intValue());
  }

  private static DocumentVersion version(ResultSet row, int n) throws SQLException {
    return new DocumentVersion(
        row.getInt("version"),
        row.getString("status"),
        row.getString("file_name"),
        row.getString("media_type"),
        row.getLong("size_bytes"),
        row.getString("sha256"),
        row.getString("external_url"),
        row.getString("author"),
        row.getString("change_summary"),
        row.getTimestamp("created_at").toInstant());
  }

  private static List<String> list(String joined) {
    return joined == null || joined.isBlank()
        ? List.of()
        : new ArrayList<>(Arrays.asList(joined.split(",")));
  }
}
