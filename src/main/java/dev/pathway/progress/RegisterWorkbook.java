package dev.pathway.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.MediaType;

/**
 * The requirements register as an Excel workbook: the same rows and columns as the CSV, with the
 * phase as a number and the completion as a date and time (UTC), a bold header that stays in view,
 * and a filter on every column.
 */
final class RegisterWorkbook {

  static final MediaType MEDIA_TYPE =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private static final String DATE_TIME = "yyyy-mm-dd hh:mm:ss";

  /** The columns in the CSV's order, with their header and width. */
  private static final List<Column> COLUMNS =
      List.of(
          new Column("areaId", 28, RegisterRow::areaId),
          new Column("area", 36, RegisterRow::area),
          new Column("activityId", 36, RegisterRow::activityId),
          new Column("label", 8, RegisterRow::label),
          new Column("text", 80, RegisterRow::text),
          new Column("phase", 7, RegisterRow::phase),
          new Column("outcome", 18, RegisterRow::outcome),
          new Column("evidence", 40, RegisterRow::evidence),
          new Column("documents", 30, RegisterRow::documents),
          new Column("justification", 40, RegisterRow::justification),
          new Column("completedBy", 14, RegisterRow::completedBy),
          new Column("completedAt", 20, row -> dateTime(row.completedAt())),
          new Column("notApplicableDecision", 14, RegisterRow::notApplicableDecision),
          new Column("decidedBy", 14, RegisterRow::decidedBy),
          new Column("decidedAt", 20, row -> dateTime(row.decidedAt())),
          new Column("refusalReason", 40, RegisterRow::refusalReason));

  private RegisterWorkbook() {}

  static byte[] of(List<RegisterRow> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "Pathway", "1.0");
    Worksheet sheet = workbook.newWorksheet("Requirements register");
    for (int c = 0; c < COLUMNS.size(); c++) {
      sheet.value(0, c, COLUMNS.get(c).header());
      sheet.width(c, COLUMNS.get(c).width());
    }
    sheet.range(0, 0, 0, COLUMNS.size() - 1).style().bold().set();
    sheet.freezePane(0, 1);
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < COLUMNS.size(); c++) {
        Object value = COLUMNS.get(c).value().apply(rows.get(r));
        if (value instanceof Number number) {
          sheet.value(r + 1, c, number);
        } else if (value instanceof LocalDateTime when) {
          sheet.value(r + 1, c, when);
          sheet.style(r + 1, c).format(DATE_TIME).set();
        } else if (value != null) {
          sheet.value(r + 1, c, value.toString());
        }
      }
    }
    sheet.setAutoFilter(0, 0, rows.size(), COLUMNS.size() - 1);
    workbook.finish();
    return out.toByteArray();
  }

  private static LocalDateTime dateTime(String instant) {
    return instant == null ? null : LocalDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC);
  }

  private record Column(String header, int width, Function<RegisterRow, Object> value) {}
}
