/**
 * The living example of the demo profile: one fictitious provider's implementation part-way through
 * Phase 2, made through the engine's API by the demo role holders in the background after start-up.
 */
package dev.pathway.example;
