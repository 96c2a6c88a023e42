package dev.pathway.benchmark.scale;

import java.util.List;

/**
 * What a Tasklist user does in one round, as timed by the benchmark; opening a form is four
 * requests.
 */
enum Operation {
  LIST("list: My groups' tasks, first 15 by created desc", "POST /filter/{id}/list (hal+json)"),
  COUNT("count: My groups' tasks", "POST /filter/{id}/count"),
  OPEN_FORM(
      "open the form (the four below)",
      "GET /task/{id}, …/form, …/deployed-form, …/form-variables"),
  TASK("… the task", "GET /task/{id} (hal+json)"),
  FORM("… its form reference", "GET /task/{id}/form"),
  DEPLOYED_FORM("… the Camunda Form", "GET /task/{id}/deployed-form"),
  FORM_VARIABLES("… the form's variables", "GET /task/{id}/form-variables"),
  COMPLETE("complete: achieved, evidence, notes", "POST /task/{id}/submit-form");

  /** The requests of {@link #OPEN_FORM}, in the order Tasklist sends them. */
  static final List<Operation> OPENING = List.of(TASK, FORM, DEPLOYED_FORM, FORM_VARIABLES);

  private final String label;
  private final String requests;

  Operation(String label, String requests) {
    this.label = label;
    this.requests = requests;
  }

  String label() {
    return label;
  }

  String requests() {
    return requests;
  }
}
