package dev.pathway.catalogue;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A broken catalogue stops start-up with a message that names the row. */
class CatalogueLoaderTest {

  private static String original() throws IOException {
    try (InputStream in =
        CatalogueLoaderTest.class.getResourceAsStream("/pathway/standard/tr-20000-5.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void load(String yaml) {
    CatalogueLoader.load(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "broken.yaml");
  }

  @Test
  void refusesAnUnknownRoleNamingTheRow() throws IOException {
    String broken =
        original()
            .replaceFirst(
                "(id: incident-management-including-request-fulfilment\\.c\\n(?:.*\\n){3}\\s+roles: )\\[project-team\\]",
                "$1[helpdesk]");
    assertThatThrownBy(() -> load(broken))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("row 'incident-management-including-request-fulfilment.c'")
        .hasMessageContaining("unknown role 'helpdesk'");
  }

  @Test
  void refusesAPhaseOutsideOneToThreeNamingTheRow() throws IOException {
    String broken =
        original()
            .replaceFirst(
                "(id: management-responsibility\\.a\\n(?:.*\\n){2}\\s+phases: )\\[1, 2, 3\\]",
                "$1[1, 4]");
    assertThatThrownBy(() -> load(broken))
        .hasMessageContaining("row 'management-responsibility.a' is marked for phase 4");
  }

  @Test
  void refusesASubItemWhoseParentIsNotAbove() throws IOException {
    String broken =
        original()
            .replaceFirst(
                "parent: management-responsibility\\.b\\n",
                "parent: management-responsibility.z\n");
    assertThatThrownBy(() -> load(broken))
        .hasMessageContaining("row 'management-responsibility.b.1' names parent");
  }

  @Test
  void refusesAFileThatIsNotYaml() {
    assertThatThrownBy(() -> load("areas: ["))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("broken.yaml cannot be read");
  }
}
