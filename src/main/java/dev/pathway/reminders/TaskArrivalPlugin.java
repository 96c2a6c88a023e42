package dev.pathway.reminders;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * One create listener on every user task of every model, added when the model is parsed (no model
 * names it): after the model's own listeners it offers and assigns the people named in forms
 * ({@link NamedPeople}), sets the due and follow-up dates ({@link DueDates}) and notes the new work
 * for the people who get it ({@link NewWork}).
 */
@Component
class TaskArrivalPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<DueDates> dueDates;
  private final ObjectProvider<NewWork> newWork;
  private final ObjectProvider<NamedPeople> namedPeople;

  TaskArrivalPlugin(
      ObjectProvider<DueDates> dueDates,
      ObjectProvider<NewWork> newWork,
      ObjectProvider<NamedPeople> namedPeople) {
    this.dueDates = dueDates;
    this.newWork = newWork;
    this.namedPeople = namedPeople;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners =
        configuration.getCustomPostBPMNParseListeners() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new UserTaskParseListener(this::arrived));
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private void arrived(org.camunda.bpm.engine.delegate.DelegateTask task) {
    namedPeople.getObject().apply(task);
    dueDates.getObject().apply(task);
    newWork.getObject().record(task);
  }

  private static final class UserTaskParseListener extends AbstractBpmnParseListener {

    private final TaskListener listener;

    UserTaskParseListener(TaskListener listener) {
      this.listener = listener;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
        userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
      }
    }
  }
}
