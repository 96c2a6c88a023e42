package dev.pathway.catalogue;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves the standard, read-only, to integrators: {@code GET /api/catalogue}. */
@RestController
class CatalogueController {

  private final CatalogueView view;

  CatalogueController(Catalogue catalogue) {
    this.view =
        new CatalogueView(
            catalogue.standard(),
            catalogue.roles(),
            catalogue.phases(),
            catalogue.startUp(),
            catalogue.phaseEntryConditions(),
            catalogue.clauses(),
            catalogue.areas());
  }

  @GetMapping("/api/catalogue")
  CatalogueView catalogue() {
    return view;
  }

  record CatalogueView(
      String standard,
      List<Role> roles,
      List<Phase> phases,
      List<StartUpItem> startUp,
      List<EntryCondition> phaseEntryConditions,
      List<Clause> clauses,
      List<Area> areas) {}
}
