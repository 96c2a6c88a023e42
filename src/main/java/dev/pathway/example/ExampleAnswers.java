package dev.pathway.example;

import static dev.pathway.startup.StartUpModel.*;

import dev.pathway.catalogue.Area;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.programme.ProgrammeModel;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the people of Fabrikam Managed Services, a fictitious provider, entered in the start-up
 * project's forms (Annex A), as each role holder would in Tasklist.
 */
final class ExampleAnswers {

  static final String SERVICE_PROVIDER = "Fabrikam Managed Services";

  /** The areas Fabrikam's gap analysis found partly in place; every other area is "none". */
  private static final Map<String, String> PARTLY_IN_PLACE =
      Map.of(
          "incident-management-including-request-fulfilment", "partly",
          "service-level-management", "partly",
          "change-management", "partly");

  private ExampleAnswers() {}

  static Map<String, Object> start(LocalDate today) {
    return Map.of(
        ProgrammeModel.SERVICE_PROVIDER.name(),
        SERVICE_PROVIDER,
        ProgrammeModel.SCOPE_STATEMENT.name(),
        "Cloud hosting and service desk for mid-sized customers in Germany and Austria,"
            + " delivered from Leipzig",
        ProgrammeModel.SERVICES_IN_SCOPE.name(),
        "Cloud hosting; Service desk",
        ProgrammeModel.CUSTOMERS_IN_SCOPE.name(),
        "Contoso GmbH; Tailspin Toys AG; internal units",
        ProgrammeModel.SUPPLIERS_IN_SCOPE.name(),
        "Northwind Datacenters (colocation)",
        ProgrammeModel.TARGET_END_PHASE_1.name(),
        today.plusDays(20).toString(),
        ProgrammeModel.TARGET_END_PHASE_2.name(),
        today.plusDays(110).toString(),
        ProgrammeModel.TARGET_END_PHASE_3.name(),
        today.plusDays(290).toString());
  }

  record Step(String user, String taskDefinitionKey, Map<String, Object> values) {}

  /** Table A.1 a) to h), by the project leader (paul) and top management (tina). */
  static List<Step> annexA(Catalogue catalogue) {
    return List.of(
        new Step("tina", UNDERSTANDING_TASK, understanding()),
        new Step("paul", GAP_ANALYSIS_BUSINESS_CASE_TASK, gapAnalysisBusinessCase()),
        new Step(
            "tina",
            GAP_ANALYSIS_BUSINESS_CASE_DECISION_TASK,
            approved(GAP_ANALYSIS_APPROVAL.name(), Map.of(GAP_ANALYSIS_FUNDING.name(), 24000))),
        new Step("paul", GAP_ANALYSIS_TASK, gapAnalysis(catalogue)),
        new Step("paul", IMPLEMENTATION_BUSINESS_CASE_TASK, businessCase()),
        new Step("tina", IMPLEMENTATION_BUSINESS_CASE_DECISION_TASK, implementationApproval()),
        new Step("paul", IMPLEMENTATION_PLAN_TASK, plan()),
        new Step("tina", IMPLEMENTATION_PLAN_DECISION_TASK, planAgreement()));
  }

  private static Map<String, Object> understanding() {
    return Map.of(
        PRINCIPLES_UNDERSTOOD.name(),
        true,
        ProgrammeModel.SCOPE_STATEMENT.name(),
        "Cloud hosting and service desk for mid-sized customers in Germany and Austria,"
            + " delivered from Leipzig",
        APPLICABILITY.name(),
        "All requirements apply; the colocation supplier runs power and cooling under contract");
  }

  private static Map<String, Object> gapAnalysisBusinessCase() {
    return Map.of(
        GAP_ANALYSIS_BUSINESS_CASE.name(),
        "Three weeks: interviews with every team lead, a document review and a sample of tickets",
        GAP_ANALYSIS_COST.name(),
        24000);
  }

  private static Map<String, Object> gapAnalysis(Catalogue catalogue) {
    Map<String, Object> values = new HashMap<>();
    values.put(GAP_SMS_STATUS.name(), "No SMS; service desk works to an ITIL v3 handbook");
    values.put(
        GAP_DOCUMENTS_AND_RECORDS.name(),
        "Incident and change procedures (2023), SLA template; records in the ticket tool");
    values.put(
        GAP_SERVICE_LEVELS.name(), "SLAs signed with two customers; monthly reports by hand");
    values.put(GAP_STAFF.name(), "38 staff; 5 with ISO/IEC 20000 foundation training");
    values.put(
        GAP_STATUTORY_REQUIREMENTS.name(), "GDPR; NIS2 for two customers; hosting contracts");
    values.put(
        GAP_WORKING_PRACTICES.name(),
        "Incidents and changes in the ticket tool; problems handled informally");
    values.put(GAP_DOCUMENTS_IN_PLACE.name(), List.of("procedures", "supplier-contracts"));
    for (Area area : catalogue.areas()) {
      values.put(currentStateOf(area).name(), PARTLY_IN_PLACE.getOrDefault(area.id(), "none"));
    }
    return values;
  }

  private static Map<String, Object> businessCase() {
    Map<String, Object> values = new HashMap<>();
    values.put(BC_OBJECTIVES.name(), "Certification of hosting and service desk within 14 months");
    values.put(BC_CONFORMITY_REVIEW.name(), "formal-certification");
    values.put(BC_SCOPE.name(), "Cloud hosting and service desk, Leipzig");
    values.put(BC_TIMESCALES.name(), "Phase 1 in 3 weeks, Phase 2 by spring, Phase 3 by autumn");
    values.put(BC_RESOURCES.name(), "Project leader 60 %, six process owners 20 % each");
    values.put(BC_RISKS.name(), "Data centre migration in Phase 2 competes for the same people");
    values.put(BC_GOVERNANCE.name(), "Implementation board chaired by the CEO, every four weeks");
    values.put(COST_PHASE_1.name(), 30000);
    values.put(COST_PHASE_2.name(), 70000);
    values.put(COST_PHASE_3.name(), 40000);
    values.put(
        BENEFITS_BY_PHASE.name(),
        "Phase 1: one policy and clear roles; Phase 2: measured SLAs; Phase 3: certificate");
    return values;
  }

  private static Map<String, Object> implementationApproval() {
    Map<String, Object> values = new HashMap<>();
    values.put(PROJECT_SPONSORS.name(), "CEO (sponsor), Head of Hosting");
    values.put(ProgrammeModel.SMS_COMMITMENT.name(), true);
    values.put(GOVERNANCE_GROUP.name(), "CEO, Head of Hosting, Head of Service Desk, QM");
    values.put(
        GOVERNANCE_TERMS_OF_REFERENCE.name(),
        "Directs the project, approves phase gates, settles conflicts of priority");
    values.put(ProgrammeModel.GOVERNANCE_GROUP_ESTABLISHED.name(), true);
    values.put(PROJECT_LEADER.name(), "paul");
    values.put(PROJECT_TEAM.name(), "Paul Okafor (lead), Pia Lindqvist, process owners");
    return approved(IMPLEMENTATION_APPROVAL.name(), values);
  }

  private static Map<String, Object> plan() {
    Map<String, Object> values = new HashMap<>();
    values.put(PLAN_TIMESCALES.name(), "Phase 1: 3 weeks; Phase 2: 3 months; Phase 3: 6 months");
    values.put(ProgrammeModel.SERVICE_OWNERS.name(), "Hosting and service desk: Sofia Reyes");
    values.put(
        ProgrammeModel.PROCESS_OWNERS.name(),
        "Incident and problem: Ivan Petrov; change, configuration, release: Carla Romano");
    values.put(
        READINESS_CONSIDERATIONS.name(),
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

  private static Map<String, Object> planAgreement() {
    return approved(
        PLAN_AGREEMENT.name(),
        Map.of(
            ProgrammeModel.TOP_MANAGEMENT_COMMITTED.name(),
            true,
            ProgrammeModel.FUNDS_AND_RESOURCES_AVAILABLE.name(),
            true,
            RESOURCES_COMMITTED.name(),
            "Budget of 140 kEUR released; project leader 60 % from next week"));
  }

  private static Map<String, Object> approved(String decision, Map<String, Object> values) {
    Map<String, Object> answers = new HashMap<>(values);
    answers.put(decision, "approved");
    return answers;
  }
}
