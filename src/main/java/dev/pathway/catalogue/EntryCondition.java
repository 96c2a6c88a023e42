package dev.pathway.catalogue;

/** A condition a)–e) at the start of Annex B that must hold before Phase 1 starts. */
public record EntryCondition(String label, String text) {}
