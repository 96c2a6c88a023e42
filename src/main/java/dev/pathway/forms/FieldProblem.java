package dev.pathway.forms;

/** Why a submitted field is refused; the message names the field as the person sees it. */
public record FieldProblem(String field, String message) {

  @Override
  public String toString() {
    return message;
  }
}
