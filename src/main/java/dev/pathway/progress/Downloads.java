package dev.pathway.progress;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A report as a download: an attachment with its file name and media type. */
public final class Downloads {

  private Downloads() {}

  public static <T> ResponseEntity<T> attachment(String fileName, MediaType type, T body) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName).build().toString())
        .body(body);
  }
}
