package dev.pathway.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogue against the standard's text. The counts below were made by hand from the seed of
 * ISO/IEC TR 20000-5:2010 (Table B.1): rows with a bullet in each phase column, per process area.
 */
class CatalogueTest {

  /** Area → activities marked for phase 1, 2, 3; hand-counted from Table B.1. */
  private static final Map<String, List<Integer>> MARKED_PER_PHASE = new LinkedHashMap<>();

  static {
    MARKED_PER_PHASE.put("Management responsibility", List.of(15, 15, 15));
    MARKED_PER_PHASE.put("Document and record management", List.of(16, 11, 11));
    MARKED_PER_PHASE.put("Competence, awareness and training", List.of(4, 7, 8));
    MARKED_PER_PHASE.put("Plan the SMS and the service", List.of(8, 10, 6));
    MARKED_PER_PHASE.put("Implement the SMS and provide the service", List.of(6, 7, 7));
    MARKED_PER_PHASE.put("Monitor, measure, review and internal audit", List.of(1, 6, 12));
    MARKED_PER_PHASE.put("Improvement programme", List.of(1, 3, 12));
    MARKED_PER_PHASE.put("New or changed services", List.of(0, 0, 23));
    MARKED_PER_PHASE.put("Service level management", List.of(1, 7, 9));
    MARKED_PER_PHASE.put("Service reporting", List.of(2, 8, 9));
    MARKED_PER_PHASE.put("Service continuity and availability management", List.of(0, 10, 14));
    MARKED_PER_PHASE.put("Budgeting and accounting for services", List.of(0, 9, 5));
    MARKED_PER_PHASE.put("Capacity management", List.of(0, 5, 9));
    MARKED_PER_PHASE.put("Information security management", List.of(4, 7, 8));
    MARKED_PER_PHASE.put("Business relationship management", List.of(1, 5, 12));
    MARKED_PER_PHASE.put("Supplier management", List.of(0, 12, 10));
    MARKED_PER_PHASE.put("Incident management (including request fulfilment)", List.of(5, 8, 9));
    MARKED_PER_PHASE.put("Problem management", List.of(0, 8, 7));
    MARKED_PER_PHASE.put("Configuration management", List.of(7, 10, 10));
    MARKED_PER_PHASE.put("Change management", List.of(5, 11, 14));
    MARKED_PER_PHASE.put(
        "Release management (including deployment of the release)", List.of(0, 13, 13));
  }

  private static Catalogue catalogue;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in =
        CatalogueTest.class.getResourceAsStream("/pathway/standard/tr-20000-5.yaml")) {
      catalogue = CatalogueLoader.load(in, "tr-20000-5.yaml");
    }
  }

  @Test
  void holdsTheTwentyOneProcessAreasOfTableB1InTableOrder() {
    assertThat(catalogue.areas())
        .extracting(Area::name)
        .containsExactlyElementsOf(MARKED_PER_PHASE.keySet());
  }

  @Test
  void marksEachAreaForEachPhaseAsTableB1Does() {
    for (Area area : catalogue.areas()) {
      List<Integer> counted =
          List.of(1, 2, 3).stream()
              .map(
                  phase ->
                      (int)
                          area.activities().stream()
                              .filter(activity -> activity.isMarkedFor(phase))
                              .count())
              .toList();
      assertThat(counted).as(area.name()).isEqualTo(MARKED_PER_PHASE.get(area.name()));
    }
  }

  @Test
  void countsActivitiesPerPhaseAndInAll() {
    assertThat(catalogue.activitiesOf(1)).hasSize(76);
    assertThat(catalogue.activitiesOf(2)).hasSize(172);
    assertThat(catalogue.activitiesOf(3)).hasSize(223);
    assertThat(catalogue.activities()).hasSize(279);
  }

  @Test
  void usesExactlyTheResponsibilityRolesOfTableB1() {
    Set<String> used =
        catalogue.activities().stream()
            .flatMap(activity -> activity.roles().stream())
            .collect(Collectors.toSet());
    assertThat(used)
        .containsExactlyInAnyOrder(
            "top-management",
            "project-team",
            "implementation-board",
            "audit",
            "documentation-management",
            "human-resources",
            "service-owner",
            "process-owner",
            "functional-management",
            "service-improvement-management",
            "new-service-project-team",
            "service-level-management",
            "service-reporting-management",
            "service-continuity-management",
            "availability-management",
            "finance-management",
            "capacity-management",
            "security-management",
            "business-relationship-management",
            "supplier-management",
            "incident-management",
            "problem-management",
            "configuration-management",
            "change-management",
            "release-management");
  }

  @Test
  void carriesAnEmptyResponsibilityCellForwardFromTheRowAbove() {
    // Management responsibility h) 4) prints no responsibility: the merged cell of h) 3) "Audit"
    // covers it
    assertThat(catalogue.activity("management-responsibility.h.4").roles())
        .containsExactly("audit");
    // j) 1)-3) sit under "Implementation board", printed on j) itself
    assertThat(catalogue.activity("management-responsibility.j.3").roles())
        .containsExactly("implementation-board");
    // Budgeting b) 1)-5) carry "Project (or team member)" from a)
    assertThat(catalogue.activity("budgeting-and-accounting-for-services.b.5").roles())
        .containsExactly("project-team");
  }

  @Test
  void treatsImplementTheSmsAsTheTwentyFirstAreaWithTheResponsibilitiesOfItsHeading() {
    Area implement = catalogue.area("implement-the-sms-and-provide-the-service");
    assertThat(implement.activities()).hasSize(7);
    assertThat(catalogue.activity("implement-the-sms-and-provide-the-service.i.1").roles())
        .containsExactly("top-management", "project-team");
    assertThat(implement.keyCharacteristicsOf(2)).containsExactly("SMS is extended.");
  }

  @Test
  void namesASubItemWithItsParentsLabelAndText() {
    Activity costs = catalogue.activity("new-or-changed-services.b.3");
    assertThat(costs.reference()).isEqualTo("New or changed services b) 3)");
    assertThat(costs.text())
        .startsWith(
            "As part of designing and developing a new or changed service the following are considered:")
        .endsWith("technical impact;");
  }

  @Test
  void holdsTableA1AnnexBConditionsAndTables1And2() {
    assertThat(catalogue.startUp())
        .extracting(StartUpItem::label)
        .containsExactly("a)", "b)", "c)", "d)", "e)", "f)", "g)", "h)");
    assertThat(catalogue.startUpItem("d)").points()).hasSize(11);
    assertThat(catalogue.startUpItem("e)").points()).hasSize(11);
    assertThat(catalogue.startUpItem("g)").points()).hasSize(7);
    assertThat(catalogue.startUp())
        .extracting(StartUpItem::manager)
        .containsExactly("Top", "Project", "Top", "Project", "Project", "Top", "Project", "Top");
    assertThat(catalogue.phaseEntryConditions()).hasSize(5);
    assertThat(catalogue.phases()).allSatisfy(phase -> assertThat(phase.objectives()).hasSize(5));
    assertThat(catalogue.area("capacity-management").keyCharacteristicsOf(1)).isEmpty();
    assertThat(catalogue.clause("8.2").text())
        .contains("b) internal audit and management reviews;");
    assertThat(catalogue.clause("5.5").title()).isEqualTo("Changes to scope");
  }
}
