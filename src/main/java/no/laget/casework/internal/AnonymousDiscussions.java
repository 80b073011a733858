package no.laget.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.laget.child.KnownPersons;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.Anonymity;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldRules;
import no.laget.platform.validation.InvalidInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Anonymous discussions (docs/domain.md rule 4): stored per unit, never linked to a child, and refused when the text
 * looks like it identifies one (an identity number, a date of birth, an address) or holds the given and family
 * name of a child or guardian registered in Laget ({@link KnownPersons}: always refused, and the message does not
 * say whose). Text that only looks like it holds a name ({@link Anonymity#looksLikeName}) is saved once the
 * employee confirms it holds none. No child data is read or shown, so no door; see KnownPersons.
 */
@Service
public class AnonymousDiscussions {

    private static final Logger log = LoggerFactory.getLogger(AnonymousDiscussions.class);

    /** The free-text fields in the form's order, each with its maximum length. */
    private static final List<Map.Entry<String, Integer>> TEXT_FIELDS = List.of(
            Map.entry("participants", 500), Map.entry("question", 4000), Map.entry("advice", 4000));

    private static final List<String> FORM_ORDER = List.of("heldOn", "participants", "question", "advice", "noNameConfirmed");

    private final DiscussionRepository repository;
    private final KnownPersons knownPersons;
    private final Clock clock;

    AnonymousDiscussions(DiscussionRepository repository, KnownPersons knownPersons, Clock clock) {
        this.repository = repository;
        this.knownPersons = knownPersons;
        this.clock = clock;
    }

    public long record(SignedInUser user, RecordDiscussion command) {
        requireEmployee(user);
        List<FieldProblem> problems = new ArrayList<>();
        if (command.heldOn().isAfter(LocalDate.now(clock.withZone(Oslo.ZONE)))) {
            problems.add(new FieldProblem("heldOn", "discussion.heldOn.future"));
        }
        anonymous(problems, command);
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(problem -> FORM_ORDER.indexOf(problem.field()))); // the summary's order
            throw new InvalidInputException(problems);
        }
        long id = repository.insert(user.unitId(), command.heldOn(), command.participants().trim(),
                command.question().trim(), command.advice().trim(), user.employeeId(), OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)));
        log.info("Anonymous discussion {} recorded by unit {}", id, user.unitId());
        return id;
    }

    public List<AnonymousDiscussion> forUnit(SignedInUser user) {
        requireEmployee(user);
        return repository.forUnit(user.unitId(), 200);
    }

    /**
     * Each free-text field gets at most one message: required or too long; else a number, date or address; else
     * the name of a registered child or guardian (one lookup for all fields); else, unless confirmed, something
     * that looks like a name, which also asks for the confirmation.
     */
    private void anonymous(List<FieldProblem> problems, RecordDiscussion command) {
        Map<String, String> values = Map.of("participants", nullToEmpty(command.participants()),
                "question", nullToEmpty(command.question()), "advice", nullToEmpty(command.advice()));
        List<String> unrefused = new ArrayList<>();
        for (Map.Entry<String, Integer> field : TEXT_FIELDS) {
            String name = field.getKey();
            String prefix = "discussion." + name;
            String value = values.get(name);
            if (FieldRules.text(problems, name, value, field.getValue(), prefix)) {
                Optional<Anonymity.Finding> finding = Anonymity.check(value);
                finding.ifPresent(found -> problems.add(new FieldProblem(name, switch (found) {
                    case IDENTITY_NUMBER -> prefix + ".identity-number";
                    case DATE_OF_BIRTH -> prefix + ".date";
                    case ADDRESS -> prefix + ".address";
                })));
                if (finding.isEmpty()) {
                    unrefused.add(name);
                }
            }
        }
        if (unrefused.isEmpty()) {
            return;
        }
        List<Boolean> known = knownPersons.mentionKnownPerson(unrefused.stream().map(values::get).toList());
        boolean askToConfirm = false;
        for (int i = 0; i < unrefused.size(); i++) {
            String name = unrefused.get(i);
            if (known.get(i)) {
                problems.add(new FieldProblem(name, "discussion." + name + ".known-name"));
            } else if (!command.noNameConfirmed() && Anonymity.looksLikeName(values.get(name))) {
                problems.add(new FieldProblem(name, "discussion." + name + ".name"));
                askToConfirm = true;
            }
        }
        if (askToConfirm) {
            problems.add(new FieldProblem("noNameConfirmed", "discussion.noNameConfirmed.required"));
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static void requireEmployee(SignedInUser user) {
        if (!user.worksWithChildren()) {
            throw new no.laget.access.AccessRefusedException(no.laget.access.Reason.ROLE_SEES_NO_CHILD_DATA);
        }
    }
}
