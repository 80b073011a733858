package no.laget.casework.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import no.laget.casework.AnonymousDiscussion;
import no.laget.casework.AnonymousDiscussionForm;
import no.laget.casework.AnonymousDiscussions;
import no.laget.platform.security.SignedInUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anonymous discussions over HTTP, with the page's rules: a refused text is 400 problem+json with the field and its
 * message in bokmål; when a text looks like it holds a name the field {@code noNameConfirmed} is among them, and the
 * same body sent again with {@code "noNameConfirmed": true} is saved (never with a registered person's name).
 */
@RestController
class DiscussionApi {

    private final AnonymousDiscussions discussions;

    DiscussionApi(AnonymousDiscussions discussions) {
        this.discussions = discussions;
    }

    @GetMapping("/api/v1/anonymous-discussions")
    List<AnonymousDiscussion> list(@AuthenticationPrincipal SignedInUser user) {
        return discussions.forUnit(user);
    }

    @PostMapping("/api/v1/anonymous-discussions")
    ResponseEntity<Map<String, Long>> record(@AuthenticationPrincipal SignedInUser user,
            @RequestBody AnonymousDiscussionForm form) {
        long id = discussions.record(user, form);
        return ResponseEntity.created(URI.create("/api/v1/anonymous-discussions")).body(Map.of("id", id));
    }
}
