package dev.pathway.forms;

import java.util.List;
import java.util.Set;

/**
 * The inputs of one deployed Camunda Form, and the variables its text views show that are none of
 * its inputs (an earlier task's answer, a reason for sending something back).
 */
public record FormSchema(String id, List<FormField> fields, Set<String> shownInText) {

  public FormSchema {
    fields = List.copyOf(fields);
    shownInText = Set.copyOf(shownInText);
  }

  public FormSchema(String id, List<FormField> fields) {
    this(id, fields, Set.of());
  }
}
