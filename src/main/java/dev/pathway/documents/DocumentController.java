package dev.pathway.documents;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/documents}: the register for people and integrators. List and search, register,
 * upload a version (multipart: {@code file}, {@code changeSummary}) or, for an external document,
 * its link and SHA-256, download a version, and read a document's versions and audit log.
 */
@RestController
class DocumentController {

  private final Documents documents;

  DocumentController(Documents documents) {
    this.documents = documents;
  }

  @GetMapping("/api/documents")
  List<Document> search(
      @RequestParam String implementationId,
      @RequestParam(required = false) String area,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String text) {
    return documents.search(implementationId, area, type, status, text);
  }

  @PostMapping("/api/documents")
  @ResponseStatus(HttpStatus.CREATED)
  Document create(@RequestBody NewDocument request) {
    return documents.create(request);
  }

  @GetMapping("/api/documents/{id}")
  Map<String, Object> read(@PathVariable String id) {
    return documents.withVersions(id);
  }

  @GetMapping("/api/documents/{id}/history")
  List<DocumentEvent> history(@PathVariable String id) {
    return documents.history(id);
  }

  @PostMapping(path = "/api/documents/{id}/versions", consumes = "multipart/form-data")
  @ResponseStatus(HttpStatus.CREATED)
  DocumentVersion upload(
      @PathVariable String id,
      @RequestPart(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "changeSummary", required = false) String changeSummary,
      @RequestParam(name = "url", required = false) String url,
      @RequestParam(name = "sha256", required = false) String sha256) {
    if (file == null && url != null) {
      return documents.link(id, url, sha256, changeSummary);
    }
    if (file == null) {
      throw Documents.badRequest("file: is required (or url and sha256 for an external document)");
    }
    return documents.upload(id, new UploadedFile(file), changeSummary);
  }

  @PostMapping("/api/documents/{id}/versions/{version}/submit")
  DocumentVersion submit(@PathVariable String id, @PathVariable int version) {
    return documents.submit(id, version);
  }

  /** Withdraws the document ({@code {"reason": …}}): archived, no longer current, kept. */
  @PostMapping("/api/documents/{id}/withdraw")
  Document withdraw(@PathVariable String id, @RequestBody Map<String, String> body) {
    return documents.withdraw(id, body.get("reason"));
  }

  /**
   * The file as an attachment, with its stored media type: never rendered in Pathway's origin (a
   * stored HTML page or SVG with a script cannot run).
   */
  @GetMapping("/api/documents/{id}/versions/{version}/content")
  void download(@PathVariable String id, @PathVariable int version, HttpServletResponse response) {
    documents.download(
        id,
        version,
        stored -> {
          response.setContentType(stored.mediaType());
          response.setContentLengthLong(stored.sizeBytes());
          response.setHeader(
              HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment()
                  .filename(stored.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                  .build()
                  .toString());
          response.setHeader("X-Content-Type-Options", "nosniff");
          response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
          response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
          try {
            return response.getOutputStream();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
