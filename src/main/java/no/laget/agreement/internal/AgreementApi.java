package no.laget.agreement.internal;

import java.net.URI;
import java.util.List;

import no.laget.platform.security.SignedInUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cooperation agreements for other systems, with the pages' rules. Bodies are typed JSON (dates as "2026-12-03", unit
 * ids and counts as numbers, routines as a list of lines); a wrong JSON type is a 400 naming the field.
 */
@RestController
class AgreementApi {

    private final Agreements agreements;

    AgreementApi(Agreements agreements) {
        this.agreements = agreements;
    }

    @GetMapping("/api/v1/nav/agreements")
    List<AgreementSummary> list(@AuthenticationPrincipal SignedInUser user) {
        return agreements.list(user);
    }

    @PostMapping("/api/v1/nav/agreements")
    ResponseEntity<Agreement> create(@AuthenticationPrincipal SignedInUser user, @RequestBody CreateAgreement body) {
        long id = agreements.create(user, body.read(user.unitId()));
        return ResponseEntity.created(URI.create("/api/v1/nav/agreements/" + id)).body(agreements.get(user, id));
    }

    @GetMapping("/api/v1/nav/agreements/{id}")
    Agreement get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return agreements.get(user, id);
    }

    @PostMapping("/api/v1/nav/agreements/{id}/meetings")
    ResponseEntity<Agreement> meeting(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody RecordMeeting body) {
        agreements.recordMeeting(user, id, body.read(agreements.today()));
        return ResponseEntity.status(201).body(agreements.get(user, id));
    }

    @PostMapping("/api/v1/nav/agreements/{id}/inputs")
    ResponseEntity<Agreement> input(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody GiveInput body) {
        agreements.giveInput(user, id, body.read());
        return ResponseEntity.status(201).body(agreements.get(user, id));
    }

    @PostMapping("/api/v1/nav/agreements/{id}/evaluations")
    ResponseEntity<Agreement> evaluation(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody RecordEvaluation body) {
        agreements.recordEvaluation(user, id, body.read(agreements.today()));
        return ResponseEntity.status(201).body(agreements.get(user, id));
    }
}
