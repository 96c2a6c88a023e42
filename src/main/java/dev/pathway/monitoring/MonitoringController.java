package dev.pathway.monitoring;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The data of the Cockpit plugin. {@code GET /api/monitoring/implementations}: every implementation
 * the user may read (the oversight groups read all) with its current phase and round, share
 * achieved, open and overdue activities, next gate, target end and forecast end. {@code GET
 * /api/monitoring/implementations/{id}}: the same for one, with the Table B.1 heatmap, the open
 * work by role group and the links to its gate records and reports; 404 for whoever may not read
 * it.
 */
@RestController
class MonitoringController {

  private final ImplementationSummaries summaries;
  private final Heatmap heatmap;
  private final OpenWork openWork;

  MonitoringController(ImplementationSummaries summaries, Heatmap heatmap, OpenWork openWork) {
    this.summaries = summaries;
    this.heatmap = heatmap;
    this.openWork = openWork;
  }

  @GetMapping("/api/monitoring/implementations")
  Map<String, Object> overview() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    List<ImplementationSummary> implementations = summaries.all(now);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("generatedAt", now);
    body.put("count", implementations.size());
    body.put("implementations", implementations);
    return body;
  }

  @GetMapping("/api/monitoring/implementations/{id}")
  Map<String, Object> implementation(@PathVariable String id) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    ImplementationSummary summary =
        summaries
            .one(id, now)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "No implementation '" + id + "' that you may read"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("generatedAt", now);
    body.put("summary", summary);
    body.put("heatmap", heatmap.of(id));
    body.put("work", openWork.of(id, now));
    body.put("links", links(id));
    return body;
  }

  /** Where the page finds the gate records and the reports (paths under the application's root). */
  private static Map<String, String> links(String id) {
    String base = "/api/implementations/" + id;
    Map<String, String> links = new LinkedHashMap<>();
    links.put("gates", base + "/gates");
    links.put("registerCsv", base + "/register.csv");
    links.put("registerXlsx", base + "/register.xlsx");
    links.put("statusReport", base + "/reports/status.pdf");
    links.put("managementReview", base + "/reports/management-review.pdf");
    return links;
  }
}
