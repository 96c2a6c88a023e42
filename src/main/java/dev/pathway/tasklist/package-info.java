/**
 * Where role holders work: Pathway's Tasklist plugin ({@code
 * plugin-webapp/pathway-tasklist-documents}) and the API behind its "Documents" tab, {@code
 * /api/tasks/{taskId}/…}: the evidence of a Table B.1 activity task, the version under review on a
 * document's task.
 */
package dev.pathway.tasklist;
