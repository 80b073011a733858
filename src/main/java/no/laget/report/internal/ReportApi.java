package no.laget.report.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

import no.laget.interest.BestInterestForm;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.FieldProblems;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * Reports of concern through the API: typed JSON bodies, the same rules and field messages as the form
 * (problem+json), and the report as KS Fiks JSON for its sender or the receiving child welfare unit (each child's
 * access logged).
 */
@RestController
class ReportApi {

    private final ReportService reports;
    private final ReportRules rules;
    private final Intake intake;

    ReportApi(ReportService reports, ReportRules rules, Intake intake) {
        this.reports = reports;
        this.rules = rules;
        this.intake = intake;
    }

    /**
     * Child welfare's review of a received report; opening an investigation needs {@code bestInterest}. Not named
     * {@code Review}: OpenAPI names schemas by simple name, and access has a {@code Review} of its own.
     */
    record ReviewRequest(
            @Schema(requiredMode = REQUIRED) Intake.ReviewDecision reviewDecision,
            @Schema(requiredMode = REQUIRED, description = "Not before the report was received, not after today")
            LocalDate reviewedOn,
            @Schema(description = "Required when reviewDecision is INVESTIGATION") BestInterestForm bestInterest) {

        /** A missing decision is {@link Intake}'s to say, with the checks that need the report's state. */
        Intake.ReviewReport toCommand() {
            FieldProblems problems = new FieldProblems();
            if (reviewedOn == null) {
                problems.add("reviewedOn", "intake.reviewedOn.required");
            }
            return Intake.ReviewReport.read(problems, reviewDecision, reviewedOn, bestInterest);
        }

        @Override
        public String toString() {
            return "ReviewRequest"; // the note is free text
        }
    }

    @PostMapping(path = "/api/v1/intake/{id}/review", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> review(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody ReviewRequest review) {
        intake.review(user, id, review.toCommand());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/api/v1/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(@AuthenticationPrincipal SignedInUser user,
            @RequestBody ReportRequest request) {
        long id = reports.save(user, rules.read(request.toForm(), reports.today()));
        return ResponseEntity.created(URI.create("/api/v1/reports/" + id + "/fiks"))
                .body(Map.of("id", id, "state", "SAVED"));
    }

    @GetMapping(path = "/api/v1/reports/{id}/fiks", produces = MediaType.APPLICATION_JSON_VALUE)
    String fiks(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return reports.fiks(user, id);
    }
}
