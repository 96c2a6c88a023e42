package dev.pathway.phase;

import dev.pathway.forms.RecordedFields;
import dev.pathway.process.ProcessVariable;
import java.util.Collection;
import org.springframework.stereotype.Component;

/**
 * Outcome, evidence, justification and notes of an activity live in {@code pw_activity_record}
 * alone.
 */
@Component
class ActivityRecordedFields implements RecordedFields {

  @Override
  public String formId() {
    return ActivityOutcomeRule.FORM;
  }

  @Override
  public Collection<String> fields() {
    return ActivityTasks.RECORDED.stream().map(ProcessVariable::name).toList();
  }
}
