package dev.pathway.documents;

import java.time.Instant;

/**
 * One version of a document, never changed once written: its file's name, media type, size and
 * SHA-256, or the link of an external document with the checksum its registrant gave.
 */
public record DocumentVersion(
    int version,
    String status,
    String fileName,
    String mediaType,
    long sizeBytes,
    String sha256,
    String externalUrl,
    String author,
    String changeSummary,
    Instant createdAt) {}
