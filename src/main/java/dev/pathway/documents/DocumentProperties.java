package dev.pathway.documents;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code pathway.documents.*}: the largest file a version may hold, and the media types it may
 * have. The servlet container's own multipart limits ({@code spring.servlet.multipart.*}) must be
 * at least as large.
 */
@ConfigurationProperties("pathway.documents")
public record DocumentProperties(DataSize maxFileSize, List<String> mediaTypes) {

  static final List<String> DEFAULT_MEDIA_TYPES =
      List.of(
          "application/pdf",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "application/vnd.openxmlformats-officedocument.presentationml.presentation",
          "application/vnd.oasis.opendocument.text",
          "application/vnd.oasis.opendocument.spreadsheet",
          "application/msword",
          "application/vnd.ms-excel",
          "text/plain",
          "text/csv",
          "text/markdown",
          "text/html",
          "image/png",
          "image/jpeg",
          "image/svg+xml");

  public DocumentProperties {
    maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(25) : maxFileSize;
    mediaTypes = mediaTypes == null || mediaTypes.isEmpty() ? DEFAULT_MEDIA_TYPES : mediaTypes;
  }
}
