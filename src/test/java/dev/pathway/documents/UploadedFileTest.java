package dev.pathway.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;

/** What an uploaded file must be, and how its name and media type are cleaned. */
class UploadedFileTest {

  private static final DocumentProperties TEN_BYTES =
      new DocumentProperties(DataSize.ofBytes(10), List.of("application/pdf"));

  @Test
  void aFileAboveTheLimitIsRefusedNamingTheLimit() {
    UploadedFile file = file("big.pdf", "application/pdf", new byte[11]);
    assertThatThrownBy(() -> file.check(TEN_BYTES))
        .isInstanceOfSatisfying(
            ResponseStatusException.class,
            refusal -> assertThat(refusal.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE))
        .hasMessageContaining("11 bytes is larger than the limit")
        .hasMessageContaining("pathway.documents.max-file-size");
  }

  @Test
  void aFileAtTheLimitWithAnAcceptedTypePasses() {
    file("ok.pdf", "application/pdf; charset=binary", new byte[10]).check(TEN_BYTES);
  }

  @Test
  void theDefaultsAre25MegabytesAndCommonOfficeTypes() {
    DocumentProperties defaults = new DocumentProperties(null, null);
    assertThat(defaults.maxFileSize()).isEqualTo(DataSize.ofMegabytes(25));
    assertThat(defaults.mediaTypes())
        .contains("application/pdf", "text/plain")
        .doesNotContain("application/x-msdownload");
  }

  @Test
  void namesLoseTheirPathsControlAndBidiCharactersAndLeadingDots() {
    assertThat(file("C:\\Users\\paul\\plan.docx", "text/plain", new byte[1]).cleanName())
        .isEqualTo("plan.docx");
    assertThat(file("../../etc/passwd", "text/plain", new byte[1]).cleanName()).isEqualTo("passwd");
    assertThat(file("in\u0000voice\u202Efdp.exe", "text/plain", new byte[1]).cleanName())
        .isEqualTo("invoicefdp.exe");
    assertThat(file("..hidden", "text/plain", new byte[1]).cleanName()).isEqualTo("hidden");
    assertThat(file("/", "text/plain", new byte[1]).cleanName()).isEqualTo("file");
  }

  @Test
  void aMediaTypeIsReducedToTypeAndSubtype() {
    assertThat(file("a.txt", "Text/Plain; charset=UTF-8", new byte[1]).mediaType())
        .isEqualTo("text/plain");
    assertThat(file("a", "not a type", new byte[1]).mediaType())
        .isEqualTo("application/octet-stream");
  }

  private static UploadedFile file(String name, String mediaType, byte[] content) {
    return new UploadedFile(new MockMultipartFile("file", name, mediaType, content));
  }
}
