package dev.pathway.scope;

import dev.pathway.process.ProcessVariable;

/**
 * A scope extension, {@code bpmn/scope-extension.bpmn} (clause 5.5): the experience of the current
 * implementation is taken over, the extended scope's gap analysis and plan are agreed, and the
 * phased plan runs again for it.
 */
public final class ScopeExtensionModel {

  public static final String KEY = "scope-extension";

  // elements, named by kind
  public static final String TAKE_OVER_EXPERIENCE_SERVICE_TASK = "takeOverExperience";
  public static final String GAP_ANALYSIS_TASK = "extensionGapAnalysis";
  public static final String PLAN_DECISION_TASK = "extensionPlanDecision";
  public static final String PHASED_PLAN_CALL = "phasedPlan";

  // scope-extension-request.form
  public static final ProcessVariable<String> BASE_IMPLEMENTATION =
      ProcessVariable.string("baseImplementation");
  public static final ProcessVariable<String> EXTENDED_SCOPE_STATEMENT =
      ProcessVariable.string("extendedScopeStatement");
  public static final ProcessVariable<String> ADDITIONAL_SERVICES =
      ProcessVariable.string("additionalServices");
  public static final ProcessVariable<String> ADDITIONAL_CUSTOMERS =
      ProcessVariable.string("additionalCustomers");
  public static final ProcessVariable<String> REASON_FOR_EXTENSION =
      ProcessVariable.string("reasonForExtension");

  /** The process instance id of the implementation whose scope is extended. */
  public static final ProcessVariable<String> BASE_IMPLEMENTATION_ID =
      ProcessVariable.string("baseImplementationId");

  private ScopeExtensionModel() {}
}
