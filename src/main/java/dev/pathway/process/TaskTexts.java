package dev.pathway.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What every Pathway task shows: the standard's words for its form, and a description that fits the
 * engine.
 */
public final class TaskTexts {

  /** The task-local markdown the forms show under "What the standard asks". */
  public static final ProcessVariable<String> STANDARD_TEXT =
      ProcessVariable.string("standardText");

  /**
   * The engine keeps a task description, and a string variable shown in full, in at most 4000
   * characters.
   */
  static final int MAX_DESCRIPTION = 4000;

  private TaskTexts() {}

  /** The description, cut to what the engine keeps, with an ellipsis when it had to be cut. */
  public static String description(String text) {
    return shorten(text, MAX_DESCRIPTION);
  }

  /** The text in at most {@code max} characters, ending with "…" when it had to be cut. */
  public static String shorten(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** Sets the task's description, with the reason when the work was sent back to it. */
  public static void describe(
      DelegateTask task, String description, ProcessVariable<String> returnReason) {
    String reason = returnReason == null ? null : returnReason.get(task);
    task.setDescription(
        description(
            description + (reason == null || reason.isBlank() ? "" : " Sent back: " + reason)));
  }

  /**
   * A decision (approve or send back) starts from a blank reason: the reason of an earlier
   * send-back has been shown to the task that reworked the item.
   */
  public static void startFromBlankReason(
      VariableScope task, ProcessVariable<String> returnReason) {
    returnReason.set(task, null);
  }
}
