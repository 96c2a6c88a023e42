package dev.pathway.audit;

import dev.pathway.catalogue.Catalogue;
import dev.pathway.phase.AreaRatings;
import dev.pathway.progress.ImplementationAccess;
import dev.pathway.review.ReviewRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a certification auditor reads first, per implementation (the programme's process instance
 * id; whoever may not read it gets 404): {@code GET /api/implementations/{id}/audits} (each audit
 * with its plan, findings and report), {@code …/management-reviews} (inputs, minutes, decisions
 * with their status) and {@code …/area-path} (each area's state from the gap analysis through each
 * phase's achievement analysis).
 */
@RestController
class AuditController {

  private final ImplementationAccess implementations;
  private final AuditRepository audits;
  private final ReviewRepository reviews;
  private final AreaRatings ratings;
  private final Catalogue catalogue;

  AuditController(
      ImplementationAccess implementations,
      AuditRepository audits,
      ReviewRepository reviews,
      AreaRatings ratings,
      Catalogue catalogue) {
    this.implementations = implementations;
    this.audits = audits;
    this.reviews = reviews;
    this.ratings = ratings;
    this.catalogue = catalogue;
  }

  @GetMapping("/api/implementations/{id}/audits")
  List<AuditRepository.Audit> audits(@PathVariable String id) {
    implementations.readable(id);
    return audits.audits(id);
  }

  @GetMapping("/api/implementations/{id}/management-reviews")
  List<ReviewRepository.Review> reviews(@PathVariable String id) {
    implementations.readable(id);
    return reviews.reviews(id);
  }

  @GetMapping("/api/implementations/{id}/area-path")
  List<Map<String, Object>> areaPath(@PathVariable String id) {
    implementations.readable(id);
    return ratings.paths(id).entrySet().stream()
        .map(
            area -> {
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("areaId", area.getKey());
              body.put("name", catalogue.area(area.getKey()).name());
              body.put(
                  "path",
                  area.getValue().stream()
                      .map(
                          rating -> {
                            Map<String, Object> step = new LinkedHashMap<>();
                            step.put("step", rating.step());
                            step.put("phase", rating.phase());
                            step.put("currentState", rating.state());
                            step.put("note", rating.note());
                            step.put("ratedBy", rating.ratedBy());
                            step.put("ratedAt", rating.ratedAt());
                            return step;
                          })
                      .toList());
              return body;
            })
        .toList();
  }
}
