package dev.pathway.catalogue;

import java.util.List;

/**
 * One of the three phases: its key characteristic (Table 2 heading) and its objectives (Table 1
 * column).
 */
public record Phase(int number, String keyCharacteristic, List<String> objectives) {}
