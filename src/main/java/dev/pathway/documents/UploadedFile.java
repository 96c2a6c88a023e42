package dev.pathway.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * A file as uploaded: read as often as needed from where the servlet container keeps it (on disk
 * above its threshold), never held in memory whole; its name cleaned of path parts and of
 * characters that cannot be shown, its media type reduced to type and subtype.
 */
public final class UploadedFile {

  static final int NAME_LIMIT = 255;

  private final MultipartFile part;

  public UploadedFile(MultipartFile part) {
    this.part = part;
  }

  long size() {
    return part.getSize();
  }

  InputStream content() throws IOException {
    return part.getInputStream();
  }

  String mediaType() {
    String declared = part.getContentType();
    if (declared == null || declared.isBlank()) {
      return MediaType.APPLICATION_OCTET_STREAM_VALUE;
    }
    int parameters = declared.indexOf(';');
    try {
      MediaType type =
          MediaType.parseMediaType(parameters < 0 ? declared : declared.substring(0, parameters));
      return (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
    } catch (InvalidMediaTypeException e) {
      return MediaType.APPLICATION_OCTET_STREAM_VALUE;
    }
  }

  /**
   * The last part of the name the client gave, without control or bidi characters; "file" if none.
   */
  String cleanName() {
    String name = part.getOriginalFilename() == null ? "" : part.getOriginalFilename();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder clean = new StringBuilder();
    name.codePoints()
        .filter(c -> !Character.isISOControl(c) && !isBidiControl(c))
        .forEach(clean::appendCodePoint);
    String cleaned = clean.toString().strip();
    while (cleaned.startsWith(".")) {
      cleaned = cleaned.substring(1);
    }
    if (cleaned.isBlank()) {
      return "file";
    }
    return cleaned.length() > NAME_LIMIT ? cleaned.substring(0, NAME_LIMIT) : cleaned;
  }

  /** Refuses an empty file, one above the limit, and a media type outside the allowed ones. */
  void check(DocumentProperties properties) {
    if (part.isEmpty()) {
      throw Documents.badRequest("file: is empty");
    }
    if (size() > properties.maxFileSize().toBytes()) {
      throw new ResponseStatusException(
          HttpStatus.PAYLOAD_TOO_LARGE,
          "file: "
              + size()
              + " bytes is larger than the limit of "
              + properties.maxFileSize().toMegabytes()
              + " MB (pathway.documents.max-file-size)");
    }
    if (!properties.mediaTypes().contains(mediaType())) {
      throw new ResponseStatusException(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "file: the media type "
              + mediaType()
              + " is not accepted; accepted are "
              + String.join(", ", properties.mediaTypes())
              + " (pathway.documents.media-types)");
    }
  }

  private static boolean isBidiControl(int c) {
    return (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E
        || c == 0x200F;
  }
}
