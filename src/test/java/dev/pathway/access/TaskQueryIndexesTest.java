package dev.pathway.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pathway.support.PathwayTest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Once Pathway has started, the engine's tables carry the indexes that "My groups' tasks" needs, on
 * a fresh database too (where Pathway's own migrations run before the engine creates its tables).
 */
@PathwayTest
class TaskQueryIndexesTest {

  @Autowired DataSource dataSource;

  @Test
  void theCandidateLinksOfAGroupAreIndexedForTheTaskQuery() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(indexesOf(connection, "ACT_RU_IDENTITYLINK"))
          .contains("pw_idx_ident_lnk_group_task");
      assertThat(indexesOf(connection, "ACT_RU_TASK"))
          .as("completing a task finds its subtasks by index, not by reading every task")
          .contains("pw_idx_task_parent");
      if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
        assertThat(indexesOf(connection, "ACT_RU_TASK")).contains("pw_idx_task_unassigned");
      }
    }
  }

  private static Set<String> indexesOf(Connection connection, String table) throws Exception {
    DatabaseMetaData metadata = connection.getMetaData();
    String name = metadata.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
    Set<String> indexes = new HashSet<>();
    try (ResultSet rows =
        metadata.getIndexInfo(connection.getCatalog(), connection.getSchema(), name, false, true)) {
      while (rows.next()) {
        if (rows.getString("INDEX_NAME") != null) {
          indexes.add(rows.getString("INDEX_NAME").toLowerCase(Locale.ROOT));
        }
      }
    }
    return indexes;
  }
}
