package dev.pathway.forms;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a task's form shows that is computed, not stored: the standard's text, notes on the plan.
 * Served with the task's form variables when the form is fetched, so tens of thousands of open
 * tasks do not each carry copies of the standard in the database and its history. Spring beans of
 * this type are asked for every task of their form.
 */
public interface TaskPresentation {

  /** The Camunda Form ({@code camunda:formRef}) whose tasks this presents. */
  String formId();

  /** Variable name → value, read only by the form; never written to the task. */
  Map<String, Object> variables(DelegateTask task);
}
