package dev.pathway.benchmark.scale;

import dev.pathway.programme.ProgrammeModel;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The size of the benchmark's database and the rows of the tables that grow with implementations.
 */
record DatabaseFigures(
    long sizeBytes, long implementations, Map<String, Long> rows, Map<String, TableReads> reads) {

  /**
   * Reads of a table since the statistics were reset: what a missing index shows as
   * (pg_stat_user_tables).
   */
  record TableReads(long sequentialScans, long rowsReadSequentially, long indexScans) {

    TableReads since(TableReads before) {
      return before == null
          ? this
          : new TableReads(
              sequentialScans - before.sequentialScans,
              rowsReadSequentially - before.rowsReadSequentially,
              indexScans - before.indexScans);
    }
  }

  /**
   * The engine tables that grow with every implementation, task and completion; Pathway's pw_*
   * follow.
   */
  static final List<String> ENGINE_TABLES =
      List.of(
          "act_ru_task",
          "act_ru_identitylink",
          "act_ru_authorization",
          "act_ru_variable",
          "act_ru_execution",
          "act_hi_taskinst",
          "act_hi_varinst",
          "act_hi_detail",
          "act_hi_actinst");

  /** Programmes started so far (act_hi_procinst), and the rows now. */
  static DatabaseFigures read(ScaleSettings settings) throws SQLException {
    try (Connection connection =
        DriverManager.getConnection(settings.url(), settings.username(), settings.password())) {
      long size = single(connection, "select pg_database_size(current_database())");
      long implementations;
      try (PreparedStatement statement =
          connection.prepareStatement(
              "select count(*) from act_hi_procinst where proc_def_key_ = ?")) {
        statement.setString(1, ProgrammeModel.KEY);
        implementations = single(statement);
      }
      Map<String, Long> rows = new LinkedHashMap<>();
      List<String> tables = new ArrayList<>(ENGINE_TABLES);
      tables.addAll(pathwayTables(connection));
      for (String table : tables) {
        rows.put(table, single(connection, "select count(*) from " + table));
      }
      return new DatabaseFigures(size, implementations, rows, reads(connection));
    }
  }

  /**
   * Fresh planner statistics for the whole database and the dead rows of earlier runs cleared, as
   * autovacuum keeps them in production (a reused database is otherwise slower with every run).
   */
  static void analyze(ScaleSettings settings) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(settings.url(), settings.username(), settings.password());
        Statement statement = connection.createStatement()) {
      statement.execute("vacuum analyze");
    }
  }

  /**
   * Whether autovacuum is on: when off, the planner's statistics are only as fresh as the last
   * ANALYZE.
   */
  static boolean autovacuum(ScaleSettings settings) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(settings.url(), settings.username(), settings.password());
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("show autovacuum")) {
      result.next();
      return "on".equals(result.getString(1));
    }
  }

  private static Map<String, TableReads> reads(Connection connection) throws SQLException {
    Map<String, TableReads> reads = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "select relname, coalesce(seq_scan, 0), coalesce(seq_tup_read, 0), coalesce(idx_scan, 0)"
                    + " from pg_stat_user_tables where schemaname = current_schema()")) {
      while (result.next()) {
        reads.put(
            result.getString(1),
            new TableReads(result.getLong(2), result.getLong(3), result.getLong(4)));
      }
    }
    return reads;
  }

  private static List<String> pathwayTables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "select table_name from information_schema.tables where table_schema = current_schema()"
                    + " and table_name like 'pw\\_%' order by table_name")) {
      while (result.next()) {
        tables.add(result.getString(1));
      }
    }
    return tables;
  }

  private static long single(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      return single(statement);
    }
  }

  private static long single(PreparedStatement statement) throws SQLException {
    try (ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getLong(1);
    }
  }
}
