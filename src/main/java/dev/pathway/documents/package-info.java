/**
 * The register of documented information of an implementation (Table B.1 "Document and record
 * management"): documents with an identifier, type, process areas, owner and readers; immutable
 * versions holding the file (in the database, so every node sees it) or the link and checksum of an
 * external document; and an append-only log of every action. {@code /api/documents}.
 */
package dev.pathway.documents;
