package dev.pathway.phase;

import java.util.ArrayList;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.instance.Description;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * Tells the phase which rule of the exit decision table matched and which version of the table
 * decided, as the engine evaluated it: the gate record keeps both beside the outcome. A listener
 * after each decision table evaluation (the DMN engine's documented extension point, registered
 * before the engine builds its DMN engine); it writes {@link GateModel#EXIT_RULE_ID}, {@link
 * GateModel#EXIT_RULE_DESCRIPTION} and {@link GateModel#EXIT_TABLE_VERSION} to the execution of the
 * business rule task that evaluated {@code phase-exit}, and ignores every other decision.
 */
@Component
class MatchedExitRule extends AbstractProcessEnginePlugin
    implements DmnDecisionTableEvaluationListener {

  static final String DECISION_KEY = "phase-exit";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getDmnEngineConfiguration() == null) {
      configuration.setDmnEngineConfiguration(new DefaultDmnEngineConfiguration());
    }
    DefaultDmnEngineConfiguration decisions =
        (DefaultDmnEngineConfiguration) configuration.getDmnEngineConfiguration();
    if (decisions.getCustomPostDecisionTableEvaluationListeners() == null) {
      decisions.setCustomPostDecisionTableEvaluationListeners(new ArrayList<>());
    }
    decisions.getCustomPostDecisionTableEvaluationListeners().add(this);
  }

  @Override
  public void notify(DmnDecisionTableEvaluationEvent event) {
    BpmnExecutionContext context = Context.getBpmnExecutionContext();
    if (!DECISION_KEY.equals(event.getDecision().getKey())
        || context == null
        || !(event.getDecision() instanceof DecisionDefinition table)) {
      return;
    }
    // hit policy FIRST: one rule at most
    String ruleId =
        event.getMatchingRules().stream()
            .findFirst()
            .map(DmnEvaluatedDecisionRule::getId)
            .orElse(null);
    Rule rule =
        ruleId == null
            ? null
            : Context.getProcessEngineConfiguration()
                .getDeploymentCache()
                .findDmnModelInstanceForDecisionDefinition(table.getId())
                .getModelElementById(ruleId);
    Description description = rule == null ? null : rule.getDescription();
    GateModel.EXIT_RULE_ID.set(context.getExecution(), ruleId);
    GateModel.EXIT_RULE_DESCRIPTION.set(
        context.getExecution(), description == null ? null : description.getTextContent());
    GateModel.EXIT_TABLE_VERSION.set(context.getExecution(), table.getVersion());
  }
}
