/**
 * Monitoring for process owners and boards: where every implementation stands ({@code GET
 * /api/monitoring/implementations}), one implementation's Table B.1 heatmap, open work by role
 * group and forecast ({@code GET /api/monitoring/implementations/{id}}), and the Cockpit plugin
 * that shows them ({@code plugin-webapp/pathway}).
 */
package dev.pathway.monitoring;
