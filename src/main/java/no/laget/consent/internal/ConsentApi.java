package no.laget.consent.internal;

import java.net.URI;
import java.util.List;

import no.laget.consent.Consent;
import no.laget.consent.ConsentForm;
import no.laget.consent.Consents;
import no.laget.consent.WithdrawalForm;
import no.laget.platform.security.SignedInUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ConsentApi {

    private final Consents consents;

    ConsentApi(Consents consents) {
        this.consents = consents;
    }

    @GetMapping("/api/v1/children/{childId}/consents")
    List<Consent> forChild(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId) {
        return consents.forChild(user, childId);
    }

    @PostMapping("/api/v1/children/{childId}/consents")
    ResponseEntity<Consent> record(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId,
            @RequestBody ConsentForm form) {
        long id = consents.record(user, childId, form);
        return ResponseEntity.created(URI.create("/api/v1/consents/" + id)).body(consents.get(user, id));
    }

    /** Withdraws the whole consent (scope ALL) or the listed grants (scope SOME). */
    @PostMapping("/api/v1/consents/{id}/withdrawal")
    Consent withdraw(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody WithdrawalForm form) {
        return consents.withdraw(user, id, form);
    }
}
