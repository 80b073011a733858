package no.laget.emergency.internal;

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

/** The emergency card ledger for other systems; the same rules and words as the pages. */
@RestController
class EmergencyApi {

    private final EmergencyLedger ledger;

    EmergencyApi(EmergencyLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/api/v1/nav/emergency-cards")
    List<EmergencyCard> cards(@AuthenticationPrincipal SignedInUser user) {
        return ledger.cards(user);
    }

    @PostMapping("/api/v1/nav/emergency-cards")
    ResponseEntity<EmergencyLedgerView> open(@AuthenticationPrincipal SignedInUser user,
            @RequestBody EmergencyCardForm form) {
        long id = ledger.openCard(user, form);
        return ResponseEntity.created(URI.create("/api/v1/nav/emergency-cards/" + id)).body(ledger.ledger(user, id));
    }

    @GetMapping("/api/v1/nav/emergency-cards/{cardId}")
    EmergencyLedgerView ledger(@AuthenticationPrincipal SignedInUser user, @PathVariable long cardId) {
        return ledger.ledger(user, cardId);
    }

    @PostMapping("/api/v1/nav/emergency-cards/{cardId}/uses")
    ResponseEntity<EmergencyUse> recordUse(@AuthenticationPrincipal SignedInUser user, @PathVariable long cardId,
            @RequestBody EmergencyUseForm form) {
        long id = ledger.recordUse(user, cardId, form);
        return ResponseEntity.created(URI.create("/api/v1/nav/emergency-uses/" + id)).body(ledger.use(user, id));
    }

    @GetMapping("/api/v1/nav/emergency-uses/{useId}")
    EmergencyUse use(@AuthenticationPrincipal SignedInUser user, @PathVariable long useId) {
        return ledger.use(user, useId);
    }

    @PostMapping("/api/v1/nav/emergency-uses/{useId}/informed")
    EmergencyUse informed(@AuthenticationPrincipal SignedInUser user, @PathVariable long useId,
            @RequestBody EmergencyInformedForm form) {
        ledger.recordInformed(user, useId, form);
        return ledger.use(user, useId);
    }

    @PostMapping("/api/v1/nav/emergency-uses/{useId}/decision")
    EmergencyUse decide(@AuthenticationPrincipal SignedInUser user, @PathVariable long useId,
            @RequestBody EmergencyDecisionForm form) {
        ledger.decide(user, useId, form);
        return ledger.use(user, useId);
    }

    @PostMapping("/api/v1/nav/emergency-cards/{cardId}/top-ups")
    ResponseEntity<EmergencyLedgerView> topUp(@AuthenticationPrincipal SignedInUser user, @PathVariable long cardId,
            @RequestBody TopUpForm form) {
        ledger.topUp(user, cardId, form);
        return ResponseEntity.status(201).body(ledger.ledger(user, cardId));
    }
}
