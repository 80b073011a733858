package no.laget.catalogue.internal;

import java.net.URI;
import java.util.List;

import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1/measures: anyone reads active measures; municipal staff write (see the security configuration). */
@RestController
@RequestMapping("/api/v1/measures")
class MeasureApi {

    private final Measures measures;
    private final MeasureAdministration administration;

    MeasureApi(Measures measures, MeasureAdministration administration) {
        this.measures = measures;
        this.administration = administration;
    }

    @GetMapping
    List<Measure> search(@RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "level", required = false) String level,
            @RequestParam(name = "age", required = false) Integer age,
            @RequestParam(name = "topic", required = false) String topic,
            @RequestParam(name = "free", defaultValue = "false") boolean free,
            @RequestParam(name = "selfReferral", defaultValue = "false") boolean selfReferral) {
        PreventionLevel parsedLevel = level == null ? null : PreventionLevel.parse(level)
                .orElseThrow(() -> InvalidInputException.of("level", "measure.level.unknown"));
        Topic parsedTopic = topic == null ? null : Topic.parse(topic)
                .orElseThrow(() -> InvalidInputException.of("topic", "measure.topics.unknown"));
        if (age != null && (age < 0 || age > MeasureRules.MAX_AGE)) {
            throw new InvalidInputException(List.of(new FieldProblem("age", "catalogue.public.age.out-of-range")));
        }
        return measures.search(new MeasureSearch(text, parsedLevel, age, parsedTopic, free, selfReferral, false));
    }

    @GetMapping("/{id}")
    Measure get(@PathVariable long id) {
        return measures.active(id).orElseThrow(() -> new NotFoundException("measure"));
    }

    @PostMapping
    ResponseEntity<Measure> create(@AuthenticationPrincipal SignedInUser user, @RequestBody MeasureForm form) {
        Measure measure = administration.create(user, form);
        return ResponseEntity.created(URI.create("/api/v1/measures/" + measure.id())).body(measure);
    }

    @PutMapping("/{id}")
    Measure change(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody MeasureForm form) {
        return administration.change(user, id, form);
    }
}
