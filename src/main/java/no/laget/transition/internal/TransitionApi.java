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

/** The transition at 18 for other systems, behind the same door and rules as the pages. */
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
            @PathVariable long childId, @RequestBody ChildWelfareMeasureForm form) {
        transitions.recordMeasure(user, childId, form);
        return ResponseEntity.status(201).body(transitions.measures(user, childId));
    }

    @PostMapping("/api/v1/nav/children/{childId}/transition")
    ResponseEntity<Transition> start(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId,
            @RequestBody TransitionStartForm form) {
        long id = transitions.start(user, childId, form);
        return ResponseEntity.created(URI.create("/api/v1/nav/transitions/" + id)).body(transitions.plan(user, id));
    }

    @GetMapping("/api/v1/nav/transitions/{id}")
    Transition plan(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return transitions.plan(user, id);
    }

    @PutMapping("/api/v1/nav/transitions/{id}/plan")
    Transition savePlan(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody TransitionPlanForm form) {
        transitions.savePlan(user, id, form);
        return transitions.plan(user, id);
    }

    @PostMapping("/api/v1/nav/transitions/{id}/measures")
    ResponseEntity<Transition> addMeasure(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody TransitionMeasureForm form) {
        transitions.addMeasure(user, id, form);
        return ResponseEntity.status(201).body(transitions.plan(user, id));
    }
}
