package dev.pathway.documents;

import java.time.Instant;

/** One line of a document's audit log: who did what, to which version, when. */
public record DocumentEvent(
    int seq, Integer version, String action, String actor, Instant at, String detail) {}
