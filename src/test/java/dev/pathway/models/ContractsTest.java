package dev.pathway.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pathway.audit.AuditModel;
import dev.pathway.improvement.ContinualImprovementModel;
import dev.pathway.improvement.Effectiveness;
import dev.pathway.improvement.ImprovementActionModel;
import dev.pathway.improvement.Priority;
import dev.pathway.newservice.ChangeType;
import dev.pathway.newservice.NewServiceModel;
import dev.pathway.newservice.ServiceAcceptance;
import dev.pathway.phase.AuditConclusion;
import dev.pathway.phase.ExitDecision;
import dev.pathway.phase.GateModel;
import dev.pathway.phase.GateVote;
import dev.pathway.phase.Outcome;
import dev.pathway.phase.PhaseModel;
import dev.pathway.process.Approval;
import dev.pathway.process.ProcessVariable;
import dev.pathway.process.ValueSet;
import dev.pathway.programme.CurrentState;
import dev.pathway.programme.PhasedPlanModel;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.scope.ScopeExtensionModel;
import dev.pathway.startup.StartUpModel;
import dev.pathway.support.ModelFiles;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contracts between the models, the forms and the Java holders: what each call passes is named,
 * every name a mapping uses is declared in a holder, and every value set offered by a form or
 * decided by a table is the one Java knows.
 */
class ContractsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<Class<?>> HOLDERS =
      List.of(
          ProgrammeModel.class,
          StartUpModel.class,
          PhasedPlanModel.class,
          PhaseModel.class,
          GateModel.class,
          ScopeExtensionModel.class,
          NewServiceModel.class,
          ContinualImprovementModel.class,
          ImprovementActionModel.class,
          AuditModel.class);

  private static List<BpmnModelInstance> models;

  @BeforeAll
  static void read() throws Exception {
    models = ModelFiles.bpmnModels();
  }

  @Test
  void noCallActivityPassesAllVariablesAndEveryMappedNameIsDeclaredInAHolder() {
    Set<String> declared = declaredVariableNames();
    List<CallActivity> calls =
        models.stream()
            .flatMap(model -> model.getModelElementsByType(CallActivity.class).stream())
            .toList();
    assertThat(calls).isNotEmpty();
    for (CallActivity call : calls) {
      for (CamundaIn in :
          call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list()) {
        assertThat(in.getCamundaVariables()).as(call.getId() + " passes all variables in").isNull();
        if (in.getCamundaBusinessKey() == null) {
          assertThat(declared)
              .as("in-mapping target of " + call.getId())
              .contains(in.getCamundaTarget());
        }
        if (in.getCamundaSource() != null) {
          assertThat(declared)
              .as("in-mapping source of " + call.getId())
              .contains(in.getCamundaSource());
        }
      }
      for (CamundaOut out :
          call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list()) {
        assertThat(out.getCamundaVariables()).as(call.getId() + " returns all variables").isNull();
        assertThat(declared)
            .as("out-mapping target of " + call.getId())
            .contains(out.getCamundaTarget());
      }
    }
  }

  @Test
  void thePhaseSequenceIsWrittenOnceInThePhasedPlanWhichTheProgrammeAndAScopeExtensionCall() {
    List<String> callersOfPhases = callersOf(PhaseModel.KEY);
    assertThat(callersOfPhases).containsOnly(PhasedPlanModel.KEY).hasSize(3);
    assertThat(callersOf(PhasedPlanModel.KEY))
        .containsExactlyInAnyOrder(ProgrammeModel.KEY, ScopeExtensionModel.KEY);
  }

  @Test
  void theFormsOfferExactlyTheValuesJavaKnows() throws Exception {
    assertOptions("phase-activity", PhaseModel.OUTCOME, Outcome.class);
    assertOptions("phase-gate-vote", GateModel.GATE_VOTE, GateVote.class);
    assertOptions("internal-audit", PhaseModel.AUDIT_CONCLUSION, AuditConclusion.class);
    assertOptions(
        "annex-a-gap-analysis-approval", StartUpModel.GAP_ANALYSIS_APPROVAL, Approval.class);
    assertOptions(
        "annex-a-implementation-approval", StartUpModel.IMPLEMENTATION_APPROVAL, Approval.class);
    assertOptions("annex-a-plan-agreement", StartUpModel.PLAN_AGREEMENT, Approval.class);
    assertOptions("new-service-change-approval", NewServiceModel.CHANGE_APPROVAL, Approval.class);
    assertOptions("new-service-request", NewServiceModel.CHANGE_TYPE, ChangeType.class);
    assertOptions(
        "new-service-acceptance", NewServiceModel.SERVICE_ACCEPTED, ServiceAcceptance.class);
    assertOptions("improvement-action-plan", ImprovementActionModel.PRIORITY, Priority.class);
    assertOptions(
        "improvement-effectiveness-check",
        ImprovementActionModel.EFFECTIVENESS,
        Effectiveness.class);
  }

  @Test
  void theGapAnalysisOffersTheCurrentStatesJavaKnowsForEveryArea() throws Exception {
    JsonNode form = JSON.readTree(new File("forms/annex-a-gap-analysis.form"));
    List<JsonNode> stateFields =
        form.findParents("key").stream()
            .filter(
                field ->
                    field.path("key").asText().startsWith("currentState") && field.has("values"))
            .toList();
    assertThat(stateFields)
        .hasSize(21)
        .allSatisfy(
            field ->
                assertThat(values(field))
                    .containsExactlyElementsOf(ValueSet.values(CurrentState.class)));
  }

  @Test
  void theExitDecisionTableDecidesOnlyWhatJavaKnows() throws Exception {
    String table = Files.readString(Path.of("dmn/phase-exit.dmn"));
    Set<String> decided = new HashSet<>();
    for (String value : ValueSet.values(ExitDecision.class)) {
      if (table.contains("<text>\"" + value + "\"</text>")) {
        decided.add(value);
      }
    }
    assertThat(decided).containsExactlyInAnyOrderElementsOf(ValueSet.values(ExitDecision.class));
  }

  private static <E extends Enum<E> & ValueSet> void assertOptions(
      String formId, ProcessVariable<E> field, Class<E> valueSet) throws Exception {
    JsonNode form = JSON.readTree(new File("forms/" + formId + ".form"));
    JsonNode component =
        form.findParents("key").stream()
            .filter(candidate -> candidate.path("key").asText().equals(field.name()))
            .findFirst()
            .orElseThrow(() -> new AssertionError(formId + " has no field " + field.name()));
    assertThat(values(component))
        .as(formId + " " + field.name())
        .containsExactlyElementsOf(ValueSet.values(valueSet));
  }

  private static List<String> values(JsonNode component) {
    List<String> values = new ArrayList<>();
    component.path("values").forEach(option -> values.add(option.path("value").asText()));
    return values;
  }

  private static List<String> callersOf(String processKey) {
    List<String> callers = new ArrayList<>();
    for (BpmnModelInstance model : models) {
      String caller =
          model
              .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
              .iterator()
              .next()
              .getId();
      model.getModelElementsByType(CallActivity.class).stream()
          .filter(call -> processKey.equals(call.getCalledElement()))
          .forEach(call -> callers.add(caller));
    }
    return callers;
  }

  private static Set<String> declaredVariableNames() {
    Set<String> names = new HashSet<>();
    for (Class<?> holder : HOLDERS) {
      for (Field field : holder.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
          try {
            names.add(((ProcessVariable<?>) field.get(null)).name());
          } catch (IllegalAccessException e) {
            throw new AssertionError(e);
          }
        }
      }
    }
    return names;
  }
}
