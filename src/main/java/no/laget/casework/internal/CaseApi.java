package no.laget.casework.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import no.laget.casework.CaseForms;
import no.laget.casework.CaseSummary;
import no.laget.casework.Cases;
import no.laget.casework.RelayCase;
import no.laget.interest.BestInterestNotes;
import no.laget.platform.security.SignedInUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case and its relay log over HTTP. The same rules as the pages: refusals are 403 problem+json with the reason
 * code, bad input 400 problem+json with the field messages in bokmål (a stale version is the field {@code version}).
 */
@RestController
class CaseApi {

    private final Cases cases;

    CaseApi(Cases cases) {
        this.cases = cases;
    }

    @GetMapping("/api/v1/cases")
    List<CaseSummary> list(@AuthenticationPrincipal SignedInUser user) {
        return cases.forUnit(user);
    }

    @GetMapping("/api/v1/cases/{id}")
    RelayCase get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return cases.get(user, id);
    }

    /** The case's best-interest notes, oldest first; read under the case's own rule and logged per note. */
    @GetMapping("/api/v1/cases/{id}/best-interest-notes")
    List<BestInterestNotes.Written> notes(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return cases.notes(user, id);
    }

    @PostMapping("/api/v1/children/{childId}/cases")
    ResponseEntity<RelayCase> open(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId,
            @RequestBody CaseForms.Open form) {
        long id = cases.open(user, childId, form);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).body(cases.get(user, id));
    }

    @PostMapping("/api/v1/cases/{id}/level")
    RelayCase level(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody CaseForms.Level form) {
        cases.changeLevel(user, id, form);
        return cases.get(user, id);
    }

    @PostMapping("/api/v1/cases/{id}/goals")
    ResponseEntity<Map<String, Long>> goal(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody CaseForms.Goal form) {
        long goalId = cases.addGoal(user, id, form);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).body(Map.of("id", goalId));
    }

    @PostMapping("/api/v1/cases/{id}/measures")
    ResponseEntity<Map<String, Long>> measure(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody CaseForms.Measure form) {
        long measureId = cases.addMeasure(user, id, form);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).body(Map.of("id", measureId));
    }

    @PostMapping("/api/v1/cases/{id}/evaluations")
    ResponseEntity<Map<String, Long>> evaluate(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody CaseForms.Evaluation form) {
        long evaluationId = cases.evaluate(user, id, form);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).body(Map.of("id", evaluationId));
    }

    @PostMapping("/api/v1/cases/{id}/handover")
    RelayCase handover(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody CaseForms.Handover form) {
        cases.offerHandover(user, id, form);
        return cases.get(user, id);
    }

    @PostMapping("/api/v1/cases/{id}/participants")
    RelayCase participant(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody CaseForms.Participant form) {
        cases.addParticipant(user, id, form);
        return cases.get(user, id);
    }

    @PostMapping("/api/v1/cases/{id}/close")
    ResponseEntity<Void> close(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody CaseForms.Close form) {
        cases.close(user, id, form);
        return ResponseEntity.noContent().build();
    }
}
