package dev.pathway.forms;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The inputs of one deployed Camunda Form, the variables its text views show that are none of its
 * inputs (an earlier task's answer, a reason for sending something back), and every name the form
 * mentions anywhere (keys, options from variables, conditions, templates, labels): no variable the
 * form can use is missing from it.
 */
public record FormSchema(
    String id, List<FormField> fields, Set<String> shownInText, Set<String> mentionedNames) {

  public FormSchema {
    fields = List.copyOf(fields);
    shownInText = Set.copyOf(shownInText);
    mentionedNames = Set.copyOf(mentionedNames);
  }

  /** A form of inputs only: it mentions their keys. */
  public FormSchema(String id, List<FormField> fields) {
    this(id, fields, Set.of(), fields.stream().map(FormField::key).collect(Collectors.toSet()));
  }
}
