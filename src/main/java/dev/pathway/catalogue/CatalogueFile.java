package dev.pathway.catalogue;

import java.util.List;

/** The catalogue file as written, before its checks. */
record CatalogueFile(
    String standard,
    List<Role> roles,
    List<Phase> phases,
    List<StartUpItem> startUp,
    List<EntryCondition> phaseEntryConditions,
    List<Clause> clauses,
    List<Area> areas) {}
