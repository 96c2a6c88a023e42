package dev.pathway.support;

import dev.pathway.catalogue.Area;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.startup.StartUpModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the people of a fictional provider enter in the start-up project's forms: complete and
 * valid.
 */
public final class StartUpAnswers {

  private StartUpAnswers() {}

  public static Map<String, Object> start() {
    return Map.of(
        ProgrammeModel.SERVICE_PROVIDER.name(), "Northwind IT Services",
        ProgrammeModel.SCOPE_STATEMENT.name(),
            "Managed workplace and hosting services for customers in the EU, delivered from Lyon",
        ProgrammeModel.SERVICES_IN_SCOPE.name(), "Managed workplace; Hosting",
        ProgrammeModel.CUSTOMERS_IN_SCOPE.name(), "Internal business units; Contoso Ltd",
        ProgrammeModel.SUPPLIERS_IN_SCOPE.name(), "DataCentre Partners (hosting facilities)",
        ProgrammeModel.TARGET_END_PHASE_1.name(), "2027-03-31");
  }

  public static Map<String, Object> understanding() {
    return Map.of(
        StartUpModel.PRINCIPLES_UNDERSTOOD.name(),
        true,
        ProgrammeModel.SCOPE_STATEMENT.name(),
        "Managed workplace and hosting services for customers in the EU, delivered from Lyon",
        StartUpModel.APPLICABILITY.name(),
        "All requirements apply; hosting facilities are operated by a supplier under contract");
  }

  public static Map<String, Object> gapAnalysisBusinessCase() {
    return Map.of(
        StartUpModel.GAP_ANALYSIS_BUSINESS_CASE.name(),
        "A two-week gap analysis by the project team with one external auditor",
        StartUpModel.GAP_ANALYSIS_COST.name(),
        18000);
  }

  public static Map<String, Object> approve(
      String decisionField, Map<String, Object> whenApproved) {
    Map<String, Object> values = new HashMap<>(whenApproved);
    values.put(decisionField, "approved");
    return values;
  }

  public static Map<String, Object> sendBack(
      String decisionField, String reasonField, String reason) {
    return Map.of(decisionField, "sent-back", reasonField, reason);
  }

  public static Map<String, Object> gapAnalysisApproval() {
    return approve(
        StartUpModel.GAP_ANALYSIS_APPROVAL.name(),
        Map.of(StartUpModel.GAP_ANALYSIS_FUNDING.name(), 18000));
  }

  /** Every area of Table B.1 "none", except those given. */
  public static Map<String, Object> gapAnalysis(
      Catalogue catalogue, Map<String, String> currentStateByArea) {
    Map<String, Object> values = new HashMap<>();
    values.put(
        StartUpModel.GAP_SMS_STATUS.name(), "No formal SMS; ITIL-inspired incident handling");
    values.put(
        StartUpModel.GAP_DOCUMENTS_AND_RECORDS.name(),
        "Incident procedure (v0.3); no change records");
    values.put(
        StartUpModel.GAP_SERVICE_LEVELS.name(),
        "99.2 % availability of hosting last year; no SLAs signed");
    values.put(StartUpModel.GAP_STAFF.name(), "14 staff; 2 with ISO/IEC 20000 foundation training");
    values.put(
        StartUpModel.GAP_STATUTORY_REQUIREMENTS.name(),
        "GDPR; hosting contracts with uptime commitments");
    values.put(
        StartUpModel.GAP_WORKING_PRACTICES.name(),
        "Incidents are logged in a ticket tool; changes by e-mail");
    values.put(
        StartUpModel.GAP_DOCUMENTS_IN_PLACE.name(), List.of("procedures", "supplier-contracts"));
    for (Area area : catalogue.areas()) {
      values.put(
          StartUpModel.currentStateOf(area).name(),
          currentStateByArea.getOrDefault(area.id(), "none"));
    }
    return values;
  }

  public static Map<String, Object> implementationBusinessCase() {
    Map<String, Object> values = new HashMap<>();
    values.put(
        StartUpModel.BC_OBJECTIVES.name(),
        "Certify the hosting and workplace services against ISO/IEC 20000-1 within 18 months");
    values.put(StartUpModel.BC_CONFORMITY_REVIEW.name(), "formal-certification");
    values.put(StartUpModel.BC_SCOPE.name(), "Managed workplace and hosting");
    values.put(
        StartUpModel.BC_TIMESCALES.name(),
        "Phase 1 by March, Phase 2 by September, Phase 3 by next March");
    values.put(
        StartUpModel.BC_RESOURCES.name(), "Project leader 50 %, four process owners 20 % each");
    values.put(StartUpModel.BC_RISKS.name(), "Competing customer migration project in Q2");
    values.put(
        StartUpModel.BC_GOVERNANCE.name(), "Implementation board chaired by the COO, monthly");
    values.put(StartUpModel.COST_PHASE_1.name(), 40000);
    values.put(StartUpModel.COST_PHASE_2.name(), 55000);
    values.put(StartUpModel.COST_PHASE_3.name(), 35000);
    values.put(
        StartUpModel.BENEFITS_BY_PHASE.name(),
        "Phase 1: fewer repeat incidents; Phase 2: SLAs; Phase 3: certification");
    return values;
  }

  public static Map<String, Object> implementationApproval() {
    Map<String, Object> values = new HashMap<>();
    values.put(StartUpModel.PROJECT_SPONSORS.name(), "COO (sponsor), Head of Hosting");
    values.put(ProgrammeModel.SMS_COMMITMENT.name(), true);
    values.put(
        StartUpModel.GOVERNANCE_GROUP.name(),
        "COO, Head of Hosting, Head of Workplace, Quality manager");
    values.put(
        StartUpModel.GOVERNANCE_TERMS_OF_REFERENCE.name(),
        "Directs the project, approves phase gates, resolves conflicts of priority");
    values.put(ProgrammeModel.GOVERNANCE_GROUP_ESTABLISHED.name(), true);
    values.put(StartUpModel.PROJECT_LEADER.name(), "paul");
    values.put(
        StartUpModel.PROJECT_TEAM.name(),
        "Paul Okafor (lead), Pia Lindqvist, process owners part time");
    return approve(StartUpModel.IMPLEMENTATION_APPROVAL.name(), values);
  }

  public static Map<String, Object> implementationPlan() {
    Map<String, Object> values = new HashMap<>();
    values.put(
        StartUpModel.PLAN_TIMESCALES.name(),
        "Phase 1: Jan-Mar; Phase 2: Apr-Sep; Phase 3: Oct-Mar");
    values.put(
        ProgrammeModel.SERVICE_OWNERS.name(), "Hosting: Sofia Reyes; Workplace: Sofia Reyes");
    values.put(
        ProgrammeModel.PROCESS_OWNERS.name(),
        "Incident and problem: Ivan Petrov; Change, configuration, release: Carla Romano");
    values.put(
        StartUpModel.READINESS_CONSIDERATIONS.name(),
        List.of(
            "timeframe",
            "resources",
            "finances",
            "risks",
            "output-recipients",
            "maturity",
            "receptiveness",
            "communication",
            "procurement",
            "review-procedures"));
    values.put(ProgrammeModel.PLAN_BASED_ON_GAP_ANALYSIS.name(), true);
    return values;
  }

  public static Map<String, Object> planAgreement(boolean fundsAvailable) {
    return approve(
        StartUpModel.PLAN_AGREEMENT.name(),
        Map.of(
            ProgrammeModel.TOP_MANAGEMENT_COMMITTED.name(),
            true,
            ProgrammeModel.FUNDS_AND_RESOURCES_AVAILABLE.name(),
            fundsAvailable,
            StartUpModel.RESOURCES_COMMITTED.name(),
            "Budget of 130 kEUR released; team freed 50 %"));
  }

  /** Who answers a task of the start-up project, and how. */
  public record Step(String user, String taskDefinitionKey, Map<String, Object> values) {}

  /**
   * Table A.1 a) to h) in order, answered by the project leader (paul) and top management (tina).
   */
  public static List<Step> annexA(Catalogue catalogue, Map<String, String> currentStateByArea) {
    return List.of(
        new Step("tina", StartUpModel.UNDERSTANDING_TASK, understanding()),
        new Step("paul", StartUpModel.GAP_ANALYSIS_BUSINESS_CASE_TASK, gapAnalysisBusinessCase()),
        new Step(
            "tina", StartUpModel.GAP_ANALYSIS_BUSINESS_CASE_DECISION_TASK, gapAnalysisApproval()),
        new Step(
            "paul", StartUpModel.GAP_ANALYSIS_TASK, gapAnalysis(catalogue, currentStateByArea)),
        new Step(
            "paul", StartUpModel.IMPLEMENTATION_BUSINESS_CASE_TASK, implementationBusinessCase()),
        new Step(
            "tina",
            StartUpModel.IMPLEMENTATION_BUSINESS_CASE_DECISION_TASK,
            implementationApproval()),
        new Step("paul", StartUpModel.IMPLEMENTATION_PLAN_TASK, implementationPlan()),
        new Step("tina", StartUpModel.IMPLEMENTATION_PLAN_DECISION_TASK, planAgreement(true)));
  }
}
