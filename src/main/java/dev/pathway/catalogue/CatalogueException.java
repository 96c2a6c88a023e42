package dev.pathway.catalogue;

/** The catalogue file is broken; the message names the file and the row. */
public class CatalogueException extends RuntimeException {

  public CatalogueException(String message) {
    super(message);
  }

  public CatalogueException(String message, Throwable cause) {
    super(message, cause);
  }
}
