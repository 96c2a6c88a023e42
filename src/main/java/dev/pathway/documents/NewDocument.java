package dev.pathway.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * What registering a document asks: the implementation, a title, the type, the Table B.1 process
 * areas it serves, the owning role group, the groups that read it besides, a review date, and for a
 * record its retention period (ISO-8601, e.g. {@code P3Y}).
 */
public record NewDocument(
    String implementationId,
    String title,
    String type,
    List<String> areas,
    String ownerGroup,
    List<String> readerGroups,
    LocalDate reviewDate,
    String retention) {}
