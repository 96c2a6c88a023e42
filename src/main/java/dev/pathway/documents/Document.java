package dev.pathway.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One entry of the register, as its readers see it. */
public record Document(
    String id,
    String implementationId,
    String identifier,
    String title,
    String type,
    List<String> areas,
    String ownerGroup,
    List<String> readerGroups,
    String status,
    LocalDate reviewDate,
    String retention,
    String createdBy,
    Instant createdAt,
    Integer currentVersion) {}
