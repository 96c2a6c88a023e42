package dev.pathway.catalogue;

/**
 * A clause of the standard's text that a process quotes (5.5 changes to scope, clause 8
 * post-implementation).
 */
public record Clause(String id, String title, String text) {}
