/** Where an implementation stands: {@code GET /api/implementations/{id}/progress}. */
package dev.pathway.progress;
