package dev.pathway.catalogue;

import java.util.List;

/**
 * A responsibility role of Table B.1 (or a manager of Table A.1), with the spellings the standard
 * prints.
 */
public record Role(String id, String name, List<String> printedAs) {}
