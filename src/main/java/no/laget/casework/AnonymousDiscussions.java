package no.laget.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.laget.access.AccessDoor;
import no.laget.casework.internal.Anonymity;
import no.laget.casework.internal.DiscussionRepository;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldRules;
import no.laget.platform.validation.InvalidInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Anonymous discussions (docs/domain.md rule 4): stored per unit, never linked to a child, and refused when the text
 * looks like it identifies one (an identity number, a date of birth, an address). No child data, so no door.
 */
@Service
public class AnonymousDiscussions {

    private static final Logger log = LoggerFactory.getLogger(AnonymousDiscussions.class);

    private final DiscussionRepository repository;
    private final Clock clock;

    AnonymousDiscussions(DiscussionRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public long record(SignedInUser user, AnonymousDiscussionForm form) {
        requireEmployee(user);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<LocalDate> heldOn = FieldRules.date(problems, "heldOn", form.heldOn(), "discussion.heldOn");
        if (heldOn.filter(date -> date.isAfter(LocalDate.now(clock.withZone(AccessDoor.OSLO)))).isPresent()) {
            problems.add(new FieldProblem("heldOn", "discussion.heldOn.future"));
        }
        anonymous(problems, "participants", form.participants(), 500);
        anonymous(problems, "question", form.question(), 4000);
        anonymous(problems, "advice", form.advice(), 4000);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repository.insert(user.unitId(), heldOn.orElseThrow(), form.participants().trim(),
                form.question().trim(), form.advice().trim(), user.employeeId(), OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)));
        log.info("Anonymous discussion {} recorded by unit {}", id, user.unitId());
        return id;
    }

    public List<AnonymousDiscussion> forUnit(SignedInUser user) {
        requireEmployee(user);
        return repository.forUnit(user.unitId(), 200);
    }

    private static void anonymous(List<FieldProblem> problems, String field, String value, int max) {
        String prefix = "discussion." + field;
        if (FieldRules.text(problems, field, value, max, prefix)) {
            Anonymity.check(value).ifPresent(finding -> problems.add(new FieldProblem(field, switch (finding) {
                case IDENTITY_NUMBER -> prefix + ".identity-number";
                case DATE_OF_BIRTH -> prefix + ".date";
                case ADDRESS -> prefix + ".address";
            })));
        }
    }

    private static void requireEmployee(SignedInUser user) {
        if (!Casework.worksWithChildren(user)) {
            throw new no.laget.access.AccessRefusedException(no.laget.access.Reason.ROLE_SEES_NO_CHILD_DATA);
        }
    }
}
