package no.laget.transition.internal;

import java.net.URI;
import java.util.List;

import no.laget.platform.security.SignedInUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The transition at 18 for other systems, behind the same door and rules as the pages. Bodies are typed JSON (dates as
 * "2026-12-03", ids as numbers, {@code individualPlanDue} as true or false); a wrong JSON type is a 400 naming the field.
 */
@RestController
class TransitionApi {

    private final TransitionsToAdulthood transitions;

    TransitionApi(TransitionsToAdulthood transitions) {
        this.transitions = transitions;
    }

    @GetMapping("/api/v1/nav/transitions")
    List<TransitionOverview> list(@AuthenticationPrincipal SignedInUser user) {
        return transitions.list(user);
    }

    @GetMapping("/api/v1/nav/children/{childId}/child-welfare-measures")
    List<ChildWelfareMeasure> measures(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId) {
        return transitions.measures(user, childId);
    }

    @PostMapping("/api/v1/nav/children/{childId}/child-welfare-measures")
    ResponseEntity<List<ChildWelfareMeasure>> recordMeasure(@AuthenticationPrincipal SignedInUser user,
            @PathVariable long childId, @RequestBody RecordMeasure body) {
        transitions.recordMeasure(user, childId, body.read());
        return ResponseEntity.status(201).body(transitions.measures(user, childId));
    }

    @PostMapping("/api/v1/nav/children/{childId}/transition")
    ResponseEntity<Transition> start(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId,
            @RequestBody StartTransition body) {
        long id = transitions.start(user, childId, body);
        return ResponseEntity.created(URI.create("/api/v1/nav/transitions/" + id)).body(transitions.plan(user, id));
    }

    @GetMapping("/api/v1/nav/transitions/{id}")
    Transition plan(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return transitions.plan(user, id);
    }

    @PutMapping("/api/v1/nav/transitions/{id}/plan")
    Transition savePlan(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody SavePlan body) {
        transitions.savePlan(user, id, body.read());
        return transitions.plan(user, id);
    }

    @PostMapping("/api/v1/nav/transitions/{id}/measures")
    ResponseEntity<Transition> addMeasure(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody AddPlanMeasure body) {
        transitions.addMeasure(user, id, body.read(transitions.today()));
        return ResponseEntity.status(201).body(transitions.plan(user, id));
    }
}
