package no.laget.casework.internal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.FieldProblems;

import io.swagger.v3.oas.annotations.media.Schema;

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
            @RequestBody DiscussionRequest request) {
        long id = discussions.record(user, request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/anonymous-discussions")).body(Map.of("id", id));
    }

    /** The discussion as JSON: a date ("2026-08-15"), three texts, and the confirmation when asked for. */
    record DiscussionRequest(@Schema(requiredMode = REQUIRED) LocalDate heldOn,
            @Schema(requiredMode = REQUIRED) String participants, @Schema(requiredMode = REQUIRED) String question,
            @Schema(requiredMode = REQUIRED) String advice, Boolean noNameConfirmed) {

        RecordDiscussion toCommand() {
            FieldProblems problems = new FieldProblems();
            LocalDate held = heldOn != null ? heldOn : problems.add("heldOn", "discussion.heldOn.required");
            return problems.command(() -> new RecordDiscussion(held, participants, question, advice,
                    Boolean.TRUE.equals(noNameConfirmed)));
        }
    }
}
