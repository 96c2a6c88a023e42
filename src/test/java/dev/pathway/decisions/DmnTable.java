package dev.pathway.decisions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * One table of {@code dmn/}, read from the file the modeller edits and evaluated by a bare DMN
 * engine: no process engine, no Spring context, milliseconds per table. The default DMN engine
 * configuration evaluates these tables as the process engine does (FEEL for input expressions and
 * entries; no table here depends on the engine's JUEL context). Each evaluation also tells which
 * rules matched, so that a test can name the rule it exercises.
 */
final class DmnTable {

  private static final ThreadLocal<List<String>> MATCHED = ThreadLocal.withInitial(ArrayList::new);
  private static final DmnEngine ENGINE =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
          .customPostDecisionTableEvaluationListeners(
              List.of(
                  event ->
                      event.getMatchingRules().stream()
                          .map(DmnEvaluatedDecisionRule::getId)
                          .forEach(MATCHED.get()::add)))
          .buildEngine();

  private final DmnDecision decision;
  private final List<String> ruleIds;

  private DmnTable(DmnDecision decision, List<String> ruleIds) {
    this.decision = decision;
    this.ruleIds = ruleIds;
  }

  /**
   * The decision of the same key as its file, e.g. {@code phase-exit} in {@code
   * dmn/phase-exit.dmn}.
   */
  static DmnTable load(String key) {
    DmnModelInstance model = Dmn.readModelFromFile(Path.of("dmn", key + ".dmn").toFile());
    Decision element = model.getModelElementById(key);
    if (element == null) {
      throw new AssertionError("no decision " + key + " in dmn/" + key + ".dmn");
    }
    DecisionTable table = (DecisionTable) element.getExpression();
    return new DmnTable(
        ENGINE.parseDecision(key, model), table.getRules().stream().map(Rule::getId).toList());
  }

  DmnDecisionResult evaluate(Map<String, Object> variables) {
    MATCHED.get().clear();
    return ENGINE.evaluateDecision(decision, variables);
  }

  /**
   * The rules (ids) that matched in the last evaluation on this thread, in table order after the
   * hit policy.
   */
  List<String> matchedRules() {
    return List.copyOf(MATCHED.get());
  }

  /** Every rule of the table, in table order. */
  List<String> ruleIds() {
    return ruleIds;
  }
}
