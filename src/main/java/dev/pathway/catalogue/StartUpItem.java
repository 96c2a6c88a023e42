package dev.pathway.catalogue;

import java.util.List;

/** A project initiation activity of Table A.1 with its numbered points and "Which manager?". */
public record StartUpItem(
    String label, String text, List<String> points, String manager, String role) {

  /** "Annex A d)": where the item stands in the standard. */
  public String reference() {
    return "Annex A " + label;
  }
}
