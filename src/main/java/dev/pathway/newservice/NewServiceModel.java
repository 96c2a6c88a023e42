package dev.pathway.newservice;

import dev.pathway.process.Approval;
import dev.pathway.process.ProcessVariable;

/**
 * A project for a new or changed service, {@code bpmn/new-or-changed-service.bpmn} (8.3, Table B.1
 * New or changed services a–i). Started from its form or by the message {@link #REQUESTED_MESSAGE}
 * with the request's fields.
 */
public final class NewServiceModel {

  public static final String KEY = "new-or-changed-service";
  public static final String REQUESTED_MESSAGE = "NewOrChangedServiceRequested";

  // elements, named by kind
  public static final String SERVICE_CLOSURE_TASK = "serviceClosure";
  public static final String POLICY_CHECK_TASK = "policyCheck";
  public static final String IMPACT_ASSESSMENT_TASK = "impactAssessment";
  public static final String SERVICE_PLANNING_TASK = "servicePlanning";
  public static final String CHANGE_APPROVAL_TASK = "changeApprovalDecision";
  public static final String RESOURCES_PROVIDED_TASK = "resourcesProvided";
  public static final String BUILD_CHANGE_TASK = "buildChange";
  public static final String BUILD_RELEASE_TASK = "buildRelease";
  public static final String BUILD_CONFIGURATION_TASK = "buildConfiguration";
  public static final String SERVICE_ACCEPTANCE_TASK = "serviceAcceptance";
  public static final String OUTCOMES_REPORTED_TASK = "outcomesReported";
  public static final String SERVICE_CLOSED_END = "serviceClosed";
  public static final String SERVICE_DELIVERED_END = "serviceDelivered";

  // new-service-request.form
  public static final ProcessVariable<String> SERVICE_NAME = ProcessVariable.string("serviceName");
  public static final ProcessVariable<ChangeType> CHANGE_TYPE =
      ProcessVariable.valueOf("changeType", ChangeType.class);
  public static final ProcessVariable<String> SERVICE_DESCRIPTION =
      ProcessVariable.string("serviceDescription");
  public static final ProcessVariable<String> REQUESTED_BY = ProcessVariable.string("requestedBy");
  public static final ProcessVariable<String> TARGET_DATE = ProcessVariable.string("targetDate");

  // new-service-policy-check.form
  public static final ProcessVariable<String> MAJOR_IMPACT = ProcessVariable.string("majorImpact");
  public static final ProcessVariable<String> POLICY_CHECK_NOTES =
      ProcessVariable.string("policyCheckNotes");

  // new-service-impact.form
  public static final ProcessVariable<String> COST_IMPACT = ProcessVariable.string("costImpact");
  public static final ProcessVariable<String> ORGANISATIONAL_IMPACT =
      ProcessVariable.string("organisationalImpact");
  public static final ProcessVariable<String> TECHNICAL_IMPACT =
      ProcessVariable.string("technicalImpact");
  public static final ProcessVariable<String> COMMERCIAL_IMPACT =
      ProcessVariable.string("commercialImpact");

  // new-service-planning.form
  public static final ProcessVariable<String> PLAN_BUDGET = ProcessVariable.string("planBudget");
  public static final ProcessVariable<String> PLAN_RISKS = ProcessVariable.string("planRisks");
  public static final ProcessVariable<String> PLAN_RECRUITMENT =
      ProcessVariable.string("planRecruitment");
  public static final ProcessVariable<String> PLAN_SKILLS = ProcessVariable.string("planSkills");
  public static final ProcessVariable<String> PLAN_CUSTOMER_ACTIVITIES =
      ProcessVariable.string("planCustomerActivities");
  public static final ProcessVariable<String> PLAN_PROVIDER_ACTIVITIES =
      ProcessVariable.string("planProviderActivities");
  public static final ProcessVariable<String> PLAN_SUPPLIER_ACTIVITIES =
      ProcessVariable.string("planSupplierActivities");
  public static final ProcessVariable<String> PLAN_TECHNOLOGY_CHANGES =
      ProcessVariable.string("planTechnologyChanges");
  public static final ProcessVariable<String> PLAN_COMMUNICATION =
      ProcessVariable.string("planCommunication");
  public static final ProcessVariable<String> PLAN_TIMESCALES =
      ProcessVariable.string("planTimescales");
  public static final ProcessVariable<String> ACCEPTANCE_CRITERIA =
      ProcessVariable.string("acceptanceCriteria");
  public static final ProcessVariable<String> EXPECTED_OUTCOMES =
      ProcessVariable.string("expectedOutcomes");

  // new-service-change-approval.form
  public static final ProcessVariable<Approval> CHANGE_APPROVAL =
      ProcessVariable.valueOf("changeApproval", Approval.class);
  public static final ProcessVariable<String> CHANGE_RETURN_REASON =
      ProcessVariable.string("changeReturnReason");
  public static final ProcessVariable<String> CHANGE_REFERENCE =
      ProcessVariable.string("changeReference");

  // new-service-resources.form
  public static final ProcessVariable<Boolean> RESOURCES_PROVIDED =
      ProcessVariable.bool("resourcesProvided");
  public static final ProcessVariable<String> RESOURCE_NOTES =
      ProcessVariable.string("resourceNotes");

  // new-service-build.form
  public static final ProcessVariable<String> BUILD_NOTES = ProcessVariable.string("buildNotes");
  public static final ProcessVariable<Boolean> BUILD_COMPLETE =
      ProcessVariable.bool("buildComplete");

  // new-service-acceptance.form
  public static final ProcessVariable<ServiceAcceptance> SERVICE_ACCEPTED =
      ProcessVariable.valueOf("serviceAccepted", ServiceAcceptance.class);
  public static final ProcessVariable<String> ACCEPTANCE_RECORD =
      ProcessVariable.string("acceptanceRecord");

  // new-service-outcomes.form
  public static final ProcessVariable<String> OUTCOMES_ACHIEVED =
      ProcessVariable.string("outcomesAchieved");
  public static final ProcessVariable<String> OUTCOMES_REPORTED_TO =
      ProcessVariable.string("outcomesReportedTo");

  // new-service-closure.form
  public static final ProcessVariable<String> CLOSURE_PLAN = ProcessVariable.string("closurePlan");
  public static final ProcessVariable<Boolean> CLOSURE_APPROVED =
      ProcessVariable.bool("closureApproved");

  /** What a build task shows: the part of the role that works on it. */
  public static final ProcessVariable<String> BUILD_ROLE = ProcessVariable.string("buildRole");

  private NewServiceModel() {}
}
