package dev.pathway.support;

import dev.pathway.catalogue.Area;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.phase.Tailoring;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the people of a fictional provider enter in the start-up project's forms: complete and valid. */
public final class StartUpAnswers {

  private StartUpAnswers() {
  }

  public static Map<String, Object> start() {
    return Map.of(
        "serviceProvider", "Northwind IT Services",
        "scopeStatement", "Managed workplace and hosting services for customers in the EU, delivered from Lyon",
        "servicesInScope", "Managed workplace; Hosting",
        "customersInScope", "Internal business units; Contoso Ltd",
        "suppliersInScope", "DataCentre Partners (hosting facilities)",
        "targetEndPhase1", "2027-03-31");
  }

  public static Map<String, Object> understanding() {
    return Map.of("principlesUnderstood", true,
        "scopeStatement", "Managed workplace and hosting services for customers in the EU, delivered from Lyon",
        "applicability", "All requirements apply; hosting facilities are operated by a supplier under contract");
  }

  public static Map<String, Object> gapAnalysisBusinessCase() {
    return Map.of("gapAnalysisBusinessCase", "A two-week gap analysis by the project team with one external auditor",
        "gapAnalysisCost", 18000);
  }

  public static Map<String, Object> approve(String decisionField, Map<String, Object> whenApproved) {
    Map<String, Object> values = new HashMap<>(whenApproved);
    values.put(decisionField, "approved");
    return values;
  }

  public static Map<String, Object> sendBack(String decisionField, String reasonField, String reason) {
    return Map.of(decisionField, "sent-back", reasonField, reason);
  }

  public static Map<String, Object> gapAnalysisApproval() {
    return approve("gapAnalysisApproval", Map.of("gapAnalysisFunding", 18000));
  }

  /** Every area of Table B.1 "none", except those given. */
  public static Map<String, Object> gapAnalysis(Catalogue catalogue, Map<String, String> currentStateByArea) {
    Map<String, Object> values = new HashMap<>();
    values.put("gapSmsStatus", "No formal SMS; ITIL-inspired incident handling");
    values.put("gapDocumentsAndRecords", "Incident procedure (v0.3); no change records");
    values.put("gapServiceLevels", "99.2 % availability of hosting last year; no SLAs signed");
    values.put("gapStaff", "14 staff; 2 with ISO/IEC 20000 foundation training");
    values.put("gapStatutoryRequirements", "GDPR; hosting contracts with uptime commitments");
    values.put("gapWorkingPractices", "Incidents are logged in a ticket tool; changes by e-mail");
    values.put("gapDocumentsInPlace", List.of("procedures", "supplier-contracts"));
    for (Area area : catalogue.areas()) {
      values.put(Tailoring.stateVariable(area), currentStateByArea.getOrDefault(area.id(), "none"));
    }
    return values;
  }

  public static Map<String, Object> implementationBusinessCase() {
    Map<String, Object> values = new HashMap<>();
    values.put("bcObjectives", "Certify the hosting and workplace services against ISO/IEC 20000-1 within 18 months");
    values.put("bcConformityReview", "formal-certification");
    values.put("bcScope", "Managed workplace and hosting");
    values.put("bcTimescales", "Phase 1 by March, Phase 2 by September, Phase 3 by next March");
    values.put("bcResources", "Project leader 50 %, four process owners 20 % each");
    values.put("bcRisks", "Competing customer migration project in Q2");
    values.put("bcGovernance", "Implementation board chaired by the COO, monthly");
    values.put("costPhase1", 40000);
    values.put("costPhase2", 55000);
    values.put("costPhase3", 35000);
    values.put("benefitsByPhase", "Phase 1: fewer repeat incidents; Phase 2: SLAs; Phase 3: certification");
    return values;
  }

  public static Map<String, Object> implementationApproval() {
    Map<String, Object> values = new HashMap<>();
    values.put("projectSponsors", "COO (sponsor), Head of Hosting");
    values.put("smsCommitment", true);
    values.put("governanceGroup", "COO, Head of Hosting, Head of Workplace, Quality manager");
    values.put("governanceTermsOfReference", "Directs the project, approves phase gates, resolves conflicts of priority");
    values.put("governanceGroupEstablished", true);
    values.put("projectLeader", "Paul Okafor");
    values.put("projectTeam", "Paul Okafor (lead), Pia Lindqvist, process owners part time");
    return approve("implementationApproval", values);
  }

  public static Map<String, Object> implementationPlan() {
    Map<String, Object> values = new HashMap<>();
    values.put("planTimescales", "Phase 1: Jan-Mar; Phase 2: Apr-Sep; Phase 3: Oct-Mar");
    values.put("serviceOwners", "Hosting: Sofia Reyes; Workplace: Sofia Reyes");
    values.put("processOwners", "Incident and problem: Ivan Petrov; Change, configuration, release: Carla Romano");
    values.put("readinessConsiderations", List.of("timeframe", "resources", "finances", "risks", "output-recipients",
        "maturity", "receptiveness", "communication", "procurement", "review-procedures"));
    values.put("planBasedOnGapAnalysis", true);
    return values;
  }

  public static Map<String, Object> planAgreement(boolean fundsAvailable) {
    return approve("planAgreement", Map.of("topManagementCommitted", true,
        "fundsAndResourcesAvailable", fundsAvailable, "resourcesCommitted", "Budget of 130 kEUR released; team freed 50 %"));
  }
}
