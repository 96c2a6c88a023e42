/**
 * The standard as data: {@code src/main/resources/pathway/standard/tr-20000-5.yaml} (Table A.1,
 * Annex B a–e, Table B.1, Tables 1 and 2, clauses 5.5 and 8), checked at start-up and served at
 * {@code GET /api/catalogue}.
 */
package dev.pathway.catalogue;
