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

/**
 * The emergency card ledger for other systems; the same rules and words as the pages. Bodies are typed JSON (dates as
 * "2026-12-03", amounts as numbers, ids as numbers); a value of the wrong JSON type is a 400 naming the field.
 */
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
            @RequestBody OpenCard body) {
        long id = ledger.openCard(user, body.read());
        return ResponseEntity.created(URI.create("/api/v1/nav/emergency-cards/" + id)).body(ledger.ledger(user, id));
    }

    @GetMapping("/api/v1/nav/emergency-cards/{cardId}")
    EmergencyLedgerView ledger(@AuthenticationPrincipal SignedInUser user, @PathVariable long cardId) {
        return ledger.ledger(user, cardId);
    }

    @PostMapping("/api/v1/nav/emergency-cards/{cardId}/uses")
    ResponseEntity<EmergencyUse> recordUse(@AuthenticationPrincipal SignedInUser user, @PathVariable long cardId,
            @RequestBody RecordUse body) {
        long id = ledger.recordUse(user, cardId, body.read(ledger.today(), ledger.limit()));
        return ResponseEntity.created(URI.create("/api/v1/nav/emergency-uses/" + id)).body(ledger.use(user, id));
    }

    @GetMapping("/api/v1/nav/emergency-uses/{useId}")
    EmergencyUse use(@AuthenticationPrincipal SignedInUser user, @PathVariable long useId) {
        return ledger.use(user, useId);
    }

    @PostMapping("/api/v1/nav/emergency-uses/{useId}/informed")
    EmergencyUse informed(@AuthenticationPrincipal SignedInUser user, @PathVariable long useId,
            @RequestBody RecordInformed body) {
        ledger.recordInformed(user, useId, body.read(ledger.today()));
        return ledger.use(user, useId);
    }

    @PostMapping("/api/v1/nav/emergency-uses/{useId}/decision")
    EmergencyUse decide(@AuthenticationPrincipal SignedInUser user, @PathVariable long useId,
            @RequestBody DecideUse body) {
        ledger.decide(user, useId, body.read(ledger.today()));
        return ledger.use(user, useId);
    }

    @PostMapping("/api/v1/nav/emergency-cards/{cardId}/top-ups")
    ResponseEntity<EmergencyLedgerView> topUp(@AuthenticationPrincipal SignedInUser user, @PathVariable long cardId,
            @RequestBody TopUp body) {
        ledger.topUp(user, cardId, body.read(ledger.today()));
        return ResponseEntity.status(201).body(ledger.ledger(user, cardId));
    }
}
