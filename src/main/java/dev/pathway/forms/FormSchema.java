package dev.pathway.forms;

import java.util.List;

/** The inputs of one deployed Camunda Form. */
public record FormSchema(String id, List<FormField> fields) {

  public FormSchema {
    fields = List.copyOf(fields);
  }
}
