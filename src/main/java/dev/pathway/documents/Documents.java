package dev.pathway.documents;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.forms.InputHygiene;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StreamUtils;
import org.springframework.web.server.ResponseStatusException;

/**
 * The register's rules: what a document and a version must hold, who may register, upload, read and
 * download, and the audit log each of these appends to. Versions of one document take turns (its
 * row is locked): two uploads at once become two versions in order, none is lost.
 */
@Service
public class Documents {

  static final int TITLE_LIMIT = 300;
  static final int SUMMARY_LIMIT = 1000;

  private final DocumentRegister register;
  private final DocumentAccess access;
  private final Implementations implementations;
  private final Catalogue catalogue;
  private final DocumentProperties properties;
  private final ApprovalStart approvals;
  private final TransactionTemplate transactions;

  Documents(
      DocumentRegister register,
      DocumentAccess access,
      Implementations implementations,
      Catalogue catalogue,
      DocumentProperties properties,
      ApprovalStart approvals,
      PlatformTransactionManager transactionManager) {
    this.transactions = new TransactionTemplate(transactionManager);
    this.approvals = approvals;
    this.register = register;
    this.access = access;
    this.implementations = implementations;
    this.catalogue = catalogue;
    this.properties = properties;
  }

  @Transactional
  public Document create(NewDocument request) {
    String implementationId = required("implementationId", request.implementationId(), 64);
    if (!implementations.exists(implementationId)) {
      throw notFound("No implementation '" + implementationId + "'");
    }
    String title = required("title", request.title(), TITLE_LIMIT);
    DocumentType type =
        DocumentType.of(required("type", request.type(), 30))
            .orElseThrow(
                () ->
                    badRequest(
                        "type: '"
                            + request.type()
                            + "' is not a type of documented information ("
                            + DocumentType.offered()
                            + ")"));
    String ownerGroup = required("ownerGroup", request.ownerGroup(), 64);
    if (!access.isRoleGroup(ownerGroup)) {
      throw badRequest("ownerGroup: '" + ownerGroup + "' is not a role group of Pathway");
    }
    if (!access.mayWrite(ownerGroup)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN,
          "Only members of "
              + ownerGroup
              + " or of documentation management may register a document it owns");
    }
    List<String> areas = request.areas() == null ? List.of() : request.areas();
    if (areas.isEmpty()) {
      throw badRequest("areas: name at least one Table B.1 process area the document serves");
    }
    areas.forEach(
        area -> {
          if (catalogue.areas().stream().noneMatch(known -> known.id().equals(area))) {
            throw badRequest("areas: '" + area + "' is not a process area of Table B.1");
          }
        });
    List<String> readers = request.readerGroups() == null ? List.of() : request.readerGroups();
    readers.forEach(
        group -> {
          if (!access.isRoleGroup(group)) {
            throw badRequest("readerGroups: '" + group + "' is not a role group of Pathway");
          }
        });
    String retention = retention(type, request.retention());
    Document document =
        new Document(
            UUID.randomUUID().toString(),
            implementationId,
            register.nextIdentifier(implementationId),
            title,
            type.value(),
            List.copyOf(areas),
            ownerGroup,
            List.copyOf(readers),
            DocumentStatus.DRAFT.value(),
            request.reviewDate(),
            retention,
            access.currentUser(),
            Instant.now(),
            null);
    register.insert(document);
    register.append(document.id(), null, "registered", access.currentUser(), document.identifier());
    return document;
  }

  @Transactional(readOnly = true)
  public List<Document> search(
      String implementationId, String area, String type, String status, String text) {
    String words = text == null ? null : text.toLowerCase(Locale.ROOT);
    return register.ofImplementation(implementationId).stream()
        .filter(access::mayRead)
        .filter(document -> area == null || document.areas().contains(area))
        .filter(document -> type == null || document.type().equals(type))
        .filter(document -> status == null || document.status().equals(status))
        .filter(
            document ->
                words == null
                    || Stream.of(document.identifier(), document.title())
                        .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains(words)))
        .toList();
  }

  @Transactional(readOnly = true)
  public Document read(String documentId) {
    return register
        .find(documentId)
        .filter(access::mayRead)
        .orElseThrow(() -> notFound("No document '" + documentId + "' that you may read"));
  }

  /** Whether the current user may add versions of the document (its owner or documentation). */
  public boolean mayAddVersions(Document document) {
    return access.mayWrite(document.ownerGroup());
  }

  /** The document with its versions, oldest first. */
  @Transactional(readOnly = true)
  public Map<String, Object> withVersions(String documentId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("document", read(documentId));
    body.put("versions", register.versions(documentId));
    return body;
  }

  @Transactional(readOnly = true)
  public List<DocumentEvent> history(String documentId) {
    read(documentId);
    return register.events(documentId);
  }

  /**
   * A new version holding a file. A record's version is issued at once (a record is evidence, not
   * approved); other documents' versions start as drafts for their approval.
   */
  @Transactional
  public DocumentVersion upload(String documentId, UploadedFile file, String changeSummary) {
    Document document = writable(documentId);
    if (DocumentType.EXTERNAL_DOCUMENT.value().equals(document.type())) {
      throw badRequest(
          "file: "
              + document.identifier()
              + " is an external document: register a link with its SHA-256");
    }
    String summary = required("changeSummary", changeSummary, SUMMARY_LIMIT);
    file.check(properties);
    String sha256 = sha256(file);
    boolean record = DocumentType.RECORD.value().equals(document.type());
    DocumentVersion version =
        new DocumentVersion(
            register.nextVersion(documentId),
            record ? DocumentStatus.ISSUED.value() : DocumentStatus.DRAFT.value(),
            file.cleanName(),
            file.mediaType(),
            file.size(),
            sha256,
            null,
            access.currentUser(),
            summary,
            Instant.now());
    if (record) {
      register.supersedeIssued(documentId);
    }
    try (InputStream content = file.content()) {
      register.insertVersion(documentId, version, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (record) {
      register.setStatus(documentId, DocumentStatus.ISSUED);
    }
    register.append(
        documentId, version.version(), "uploaded", access.currentUser(), file.cleanName());
    return version;
  }

  /** A new version of an external document: where it is, and the SHA-256 of what is there. */
  @Transactional
  public DocumentVersion link(String documentId, String url, String sha256, String changeSummary) {
    Document document = writable(documentId);
    if (!DocumentType.EXTERNAL_DOCUMENT.value().equals(document.type())) {
      throw badRequest("url: only an external document is registered as a link; upload a file");
    }
    String link = required("url", url, 2000);
    if (!link.matches("https?://\\S+")) {
      throw badRequest("url: '" + link + "' is not an http or https address");
    }
    String checksum = required("sha256", sha256, 64).toLowerCase(Locale.ROOT);
    if (!checksum.matches("[0-9a-f]{64}")) {
      throw badRequest("sha256: must be 64 hexadecimal digits");
    }
    DocumentVersion version =
        new DocumentVersion(
            register.nextVersion(documentId),
            DocumentStatus.ISSUED.value(),
            null,
            "text/uri-list",
            0,
            checksum,
            link,
            access.currentUser(),
            required("changeSummary", changeSummary, SUMMARY_LIMIT),
            Instant.now());
    register.supersedeIssued(documentId);
    register.insertVersion(documentId, version, null);
    register.setStatus(documentId, DocumentStatus.ISSUED);
    register.append(documentId, version.version(), "linked", access.currentUser(), link);
    return version;
  }

  /**
   * Submits a draft version for approval before issue ({@code document-approval}): review by the
   * owning group or documentation management, approval by the role the type calls for.
   */
  @Transactional
  public DocumentVersion submit(String documentId, int versionNumber) {
    Document document = writable(documentId);
    DocumentVersion version =
        register
            .version(documentId, versionNumber)
            .orElseThrow(
                () -> notFound("No version " + versionNumber + " of " + document.identifier()));
    if (!DocumentStatus.DRAFT.value().equals(version.status())) {
      throw new ResponseStatusException(
          HttpStatus.CONFLICT,
          "Version "
              + versionNumber
              + " of "
              + document.identifier()
              + " is "
              + version.status()
              + ": only a draft is submitted for approval");
    }
    register.setVersionStatus(documentId, versionNumber, DocumentStatus.IN_REVIEW);
    register.restoreStatus(documentId);
    approvals.start(document, version);
    register.append(documentId, versionNumber, "submitted", access.currentUser(), null);
    return register.version(documentId, versionNumber).orElseThrow();
  }

  /**
   * Withdraws a document: it leaves "current" (no version is issued any more) and is kept,
   * archived, with every version and its log (Table B.1 DOC c) 9)).
   */
  @Transactional
  public Document withdraw(String documentId, String reason) {
    Document document = writable(documentId);
    String why = required("reason", reason, SUMMARY_LIMIT);
    if (DocumentStatus.ARCHIVED.value().equals(document.status())) {
      throw new ResponseStatusException(
          HttpStatus.CONFLICT, document.identifier() + " is archived already");
    }
    register.withdrawIssued(documentId);
    register.setStatus(documentId, DocumentStatus.ARCHIVED);
    register.append(documentId, null, "withdrawn", access.currentUser(), why);
    return read(documentId);
  }

  /**
   * Logs the download, then streams the version's file to the output; 404 when there is none. The
   * log entry commits first: the client has the whole file as soon as its last byte is written, and
   * may ask for the history before a transaction around the streaming would have committed.
   */
  public DocumentVersion download(String documentId, int versionNumber, Output output) {
    DocumentVersion version =
        transactions.execute(
            status -> {
              Document document = read(documentId);
              DocumentVersion found =
                  register
                      .version(documentId, versionNumber)
                      .orElseThrow(
                          () ->
                              notFound(
                                  "No version " + versionNumber + " of " + document.identifier()));
              if (found.externalUrl() != null) {
                throw notFound(
                    "Version "
                        + versionNumber
                        + " of "
                        + document.identifier()
                        + " is an external document at "
                        + found.externalUrl());
              }
              register.lock(documentId);
              register.append(documentId, versionNumber, "downloaded", access.currentUser(), null);
              return found;
            });
    transactions.executeWithoutResult(
        status -> register.copyContent(documentId, versionNumber, output.open(version)));
    return version;
  }

  /** Where a download goes: opened once its headers are known. */
  public interface Output {
    OutputStream open(DocumentVersion version);
  }

  private Document writable(String documentId) {
    Document document = read(documentId);
    if (!access.mayWrite(document.ownerGroup())) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN,
          "Only members of "
              + document.ownerGroup()
              + " or of documentation management may add versions of "
              + document.identifier());
    }
    register.lock(documentId);
    return document;
  }

  private static String retention(DocumentType type, String retention) {
    if (retention == null || retention.isBlank()) {
      return null;
    }
    if (type != DocumentType.RECORD) {
      throw badRequest("retention: only records have a retention period");
    }
    try {
      Period period = Period.parse(retention);
      if (period.isNegative() || period.isZero()) {
        throw badRequest("retention: must be a positive period, e.g. P3Y");
      }
      return period.toString();
    } catch (DateTimeParseException e) {
      throw badRequest(
          "retention: '" + retention + "' is not an ISO-8601 period such as P3Y or P18M");
    }
  }

  private static String required(String field, String value, int limit) {
    if (value == null || value.isBlank()) {
      throw badRequest(field + ": is required");
    }
    String trimmed = value.strip();
    if (trimmed.length() > limit) {
      throw badRequest(field + ": at most " + limit + " characters");
    }
    InputHygiene.problem(trimmed)
        .ifPresent(
            problem -> {
              throw badRequest(field + ": " + problem);
            });
    return trimmed;
  }

  private static String sha256(UploadedFile file) {
    try (InputStream content = file.content();
        DigestInputStream digest =
            new DigestInputStream(content, MessageDigest.getInstance("SHA-256"))) {
      StreamUtils.drain(digest);
      return HexFormat.of().formatHex(digest.getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static ResponseStatusException badRequest(String message) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
  }

  private static ResponseStatusException notFound(String message) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
  }
}
