package no.laget.report.internal;

import java.net.URI;
import java.util.Map;

import no.laget.interest.BestInterestForm;
import no.laget.platform.security.SignedInUser;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports of concern through the API: the same rules and field messages as the form (problem+json), and the report as
 * KS Fiks JSON for its sender or the receiving child welfare unit (each child's access logged).
 */
@RestController
class ReportApi {

    private final ReportService reports;
    private final Intake intake;

    ReportApi(ReportService reports, Intake intake) {
        this.reports = reports;
        this.intake = intake;
    }

    /** Child welfare's review of a received report; opening an investigation needs {@code bestInterest}. */
    record Review(String reviewDecision, String reviewedOn, BestInterestForm bestInterest) {}

    @PostMapping(path = "/api/v1/intake/{id}/review", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> review(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody Review review) {
        intake.review(user, id, review.reviewDecision(), review.reviewedOn(), review.bestInterest());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/api/v1/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(@AuthenticationPrincipal SignedInUser user, @RequestBody ReportForm form) {
        long id = reports.save(user, form);
        return ResponseEntity.created(URI.create("/api/v1/reports/" + id + "/fiks"))
                .body(Map.of("id", id, "state", "SAVED"));
    }

    @GetMapping(path = "/api/v1/reports/{id}/fiks", produces = MediaType.APPLICATION_JSON_VALUE)
    String fiks(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return reports.fiks(user, id);
    }
}
