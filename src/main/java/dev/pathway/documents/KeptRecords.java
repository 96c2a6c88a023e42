package dev.pathway.documents;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Records the SMS keeps of its own work (an internal audit's report, say): registered as a record
 * of the implementation's register and issued at once, as an uploaded record is, in the transaction
 * that produced them. Nobody uploads them, so nobody's write permission is asked; who may read them
 * is decided as for every document.
 */
@Component
public class KeptRecords {

  private final DocumentRegister register;

  KeptRecords(DocumentRegister register) {
    this.register = register;
  }

  /** What is kept: where, for whom, and the file. */
  public record KeptRecord(
      String implementationId,
      String title,
      List<String> areas,
      String ownerGroup,
      List<String> readerGroups,
      String fileName,
      String mediaType,
      byte[] content,
      String summary,
      String keptBy) {}

  /** Registers the record with its file as version 1, issued; returns it as the register has it. */
  public Document keep(KeptRecord record) {
    Instant now = Instant.now();
    Document document =
        new Document(
            UUID.randomUUID().toString(),
            record.implementationId(),
            register.nextIdentifier(record.implementationId()),
            record.title(),
            DocumentType.RECORD.value(),
            List.copyOf(record.areas()),
            record.ownerGroup(),
            List.copyOf(record.readerGroups()),
            DocumentStatus.DRAFT.value(),
            null,
            null,
            record.keptBy(),
            now,
            null);
    register.insert(document);
    register.append(document.id(), null, "registered", record.keptBy(), document.identifier());
    DocumentVersion version =
        new DocumentVersion(
            1,
            DocumentStatus.ISSUED.value(),
            record.fileName(),
            record.mediaType(),
            record.content().length,
            sha256(record.content()),
            null,
            record.keptBy(),
            record.summary(),
            now);
    register.insertVersion(document.id(), version, new ByteArrayInputStream(record.content()));
    register.setStatus(document.id(), DocumentStatus.ISSUED);
    register.append(document.id(), 1, "uploaded", record.keptBy(), record.fileName());
    return register.find(document.id()).orElseThrow();
  }

  /** The identifier ("DOC-0007") of a document of the register, if there is one. */
  public Optional<String> identifier(String documentId) {
    return documentId == null
        ? Optional.empty()
        : register.find(documentId).map(Document::identifier);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
