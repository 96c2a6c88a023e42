package dev.pathway.scope;

import dev.pathway.process.ProcessVariable;
import java.util.List;
import java.util.Map;

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
  /**
   * The implementation whose scope is extended: its id (the process instance id of its programme or
   * scope extension), chosen from {@link #BASE_IMPLEMENTATION_OPTIONS}.
   */
  public static final ProcessVariable<String> BASE_IMPLEMENTATION =
      ProcessVariable.string("baseImplementation");

  /**
   * The implementations the person starting the extension may read, by service provider and start
   * date: filled into the start form as it is served ({@code BaseImplementations}), never stored.
   */
  public static final ProcessVariable<List<Map<String, String>>> BASE_IMPLEMENTATION_OPTIONS =
      ProcessVariable.options("baseImplementationOptions");

  public static final ProcessVariable<String> EXTENDED_SCOPE_STATEMENT =
      ProcessVariable.string("extendedScopeStatement");
  public static final ProcessVariable<String> ADDITIONAL_SERVICES =
      ProcessVariable.string("additionalServices");
  public static final ProcessVariable<String> ADDITIONAL_CUSTOMERS =
      ProcessVariable.string("additionalCustomers");
  public static final ProcessVariable<String> REASON_FOR_EXTENSION =
      ProcessVariable.string("reasonForExtension");

  /**
   * The process instance id of the implementation whose scope is extended (the same as {@link
   * #BASE_IMPLEMENTATION}; kept for extensions started before it was chosen from a list).
   */
  public static final ProcessVariable<String> BASE_IMPLEMENTATION_ID =
      ProcessVariable.string("baseImplementationId");

  private ScopeExtensionModel() {}
}
