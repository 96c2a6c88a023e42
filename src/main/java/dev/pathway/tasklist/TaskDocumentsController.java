package dev.pathway.tasklist;

import dev.pathway.documents.UploadedFile;
import java.util.Map;
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
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/tasks/{taskId}/documents}: the "Documents" tab of a task in Tasklist, for whoever may
 * read the task; {@code …/evidence} (multipart: {@code file}, optional {@code documentId}, {@code
 * title}, {@code changeSummary}) and {@code …/evidence/versions} ({@code {"reference": "DOC-0003
 * v2"}}) attach evidence to a Table B.1 activity task, for whoever may work on it. Each answers the
 * tab as it is then.
 */
@RestController
class TaskDocumentsController {

  private final TaskDocuments documents;

  TaskDocumentsController(TaskDocuments documents) {
    this.documents = documents;
  }

  @GetMapping("/api/tasks/{taskId}/documents")
  Map<String, Object> tab(@PathVariable String taskId) {
    return documents.tab(taskId);
  }

  @PostMapping(path = "/api/tasks/{taskId}/evidence", consumes = "multipart/form-data")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> upload(
      @PathVariable String taskId,
      @RequestPart(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "documentId", required = false) String documentId,
      @RequestParam(name = "title", required = false) String title,
      @RequestParam(name = "changeSummary", required = false) String changeSummary) {
    if (file == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "file: is required");
    }
    return documents.attachFile(taskId, new UploadedFile(file), documentId, title, changeSummary);
  }

  @PostMapping("/api/tasks/{taskId}/evidence/versions")
  Map<String, Object> pick(@PathVariable String taskId, @RequestBody Map<String, String> body) {
    return documents.attachVersion(taskId, body.get("reference"));
  }
}
