package dev.pathway.support;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF as a reader sees it, line by line in reading order, with single spaces. */
public final class PdfText {

  private PdfText() {}

  public static String of(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper text = new PDFTextStripper();
      text.setSortByPosition(true);
      return text.getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new AssertionError("not a PDF", e);
    }
  }
}
