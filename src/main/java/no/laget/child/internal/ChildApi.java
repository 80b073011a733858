package no.laget.child.internal;

import java.net.URI;
import java.util.List;

import no.laget.access.AccessLogReader;
import no.laget.child.Child;
import no.laget.child.ChildForm;
import no.laget.child.Children;
import no.laget.child.GuardianForm;
import no.laget.child.Guardian;
import no.laget.child.ServingClaim;
import no.laget.platform.security.SignedInUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * /api/v1/children: the same services and the same door as the pages. A refused request is 403 with a
 * reason code; a child that does not exist answers exactly like one the user may not know of.
 */
@RestController
@RequestMapping("/api/v1/children")
class ChildApi {

    private final Children children;
    private final AccessLogReader accessLog;

    ChildApi(Children children, AccessLogReader accessLog) {
        this.children = children;
        this.accessLog = accessLog;
    }

    @GetMapping
    Children.SearchResult search(@AuthenticationPrincipal SignedInUser user, @RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(name = "page", defaultValue = "0") int page) {
        return children.search(user, query, page);
    }

    /**
     * 201 with the receipt of what was typed, for a new and a known number alike (the same status and body but for
     * the random reference): registering never tells whether Laget knew the child. A known child someone else
     * registered becomes a claim for the unit's leader to review.
     */
    @PostMapping
    ResponseEntity<RegistrationReceipt> register(@AuthenticationPrincipal SignedInUser user, @RequestBody ChildForm form) {
        String reference = children.register(user, form).reference();
        return ResponseEntity.created(URI.create("/api/v1/children/registrations/" + reference))
                .body(children.receipt(user, reference));
    }

    @GetMapping("/registrations/{reference}")
    RegistrationReceipt receipt(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference) {
        return children.receipt(user, reference);
    }

    /** The unit leader's claims awaiting review (what the claimant typed and why, not the child's record). */
    @GetMapping("/serving-claims")
    List<ServingClaim> pendingClaims(@AuthenticationPrincipal SignedInUser leader) {
        return children.pendingClaims(leader);
    }

    @PostMapping("/serving-claims/{id}/accept")
    ResponseEntity<Void> acceptClaim(@AuthenticationPrincipal SignedInUser leader, @PathVariable long id) {
        children.acceptClaim(leader, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/serving-claims/{id}/decline")
    ResponseEntity<Void> declineClaim(@AuthenticationPrincipal SignedInUser leader, @PathVariable long id) {
        children.declineClaim(leader, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}")
    Child get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return children.get(user, id);
    }

    @GetMapping("/{id}/guardians")
    List<Guardian> guardians(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return children.guardians(user, id);
    }

    @PostMapping("/{id}/guardians")
    ResponseEntity<List<Guardian>> addGuardian(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody GuardianForm form) {
        children.addGuardian(user, id, form);
        return ResponseEntity.status(201).body(children.guardians(user, id));
    }

    @GetMapping("/{id}/access-log")
    List<AccessLogReader.Entry> accessLog(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return accessLog.forChild(user, id, 500).entries();
    }
}
