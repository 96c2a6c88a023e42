package dev.pathway.tasks;

/** What every Pathway task shows: the standard's words for its form, and a description that fits the engine. */
public final class TaskTexts {

  /** The task-local variable whose markdown the forms show under "What the standard asks". */
  public static final String STANDARD_TEXT = "standardText";

  /** The engine keeps a task description in at most 4000 characters. */
  static final int MAX_DESCRIPTION = 4000;

  private TaskTexts() {
  }

  /** The description, cut to what the engine keeps, with an ellipsis when it had to be cut. */
  public static String description(String text) {
    return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 1) + "…";
  }
}
