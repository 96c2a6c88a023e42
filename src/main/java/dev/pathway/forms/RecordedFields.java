package dev.pathway.forms;

import java.util.Collection;

/**
 * Fields of a form whose values Pathway records in its own tables (e.g. an activity's outcome and
 * evidence): they are submitted to the engine as transient values, visible to the task's listeners
 * in the completing transaction and never stored as process variables or in the engine's history.
 * Spring beans of this type apply to their form.
 */
public interface RecordedFields {

  String formId();

  Collection<String> fields();
}
