package no.laget.casework;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import no.laget.access.FamilyRelation;
import no.laget.casework.internal.CaseRepository;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldRules;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;
import no.laget.platform.validation.TextCharacters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relay log as the family reads it through its own door (docs/domain.md rule 8: the guardians can read all of it;
 * rule 9: the young person from the consent age), and the family's own words in it ("barnets stemme").
 *
 * <p>Nothing here asks the employees' door: <b>the caller has decided access through
 * {@link no.laget.access.FamilyDoor}</b> (RELAY_LOG READ before {@link #forChild}, RELAY_LOG WRITE before
 * {@link #addWords}), and that decision is what the access log holds. Never call these for an employee.
 */
@Service
public class FamilyRelayLog {

    private static final Logger log = LoggerFactory.getLogger(FamilyRelayLog.class);

    /** The most a family's entry may hold, in characters. */
    public static final int WORDS_MAX = 2000;

    private final CaseRepository repository;
    private final Clock clock;

    FamilyRelayLog(CaseRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Every case of the child at levels 1-3, open and closed, oldest first, with its whole relay log and the family's
     * own words; a fixed number of statements whatever the number of cases and entries. The caller has decided
     * access through {@link no.laget.access.FamilyDoor} (RELAY_LOG, READ).
     */
    public List<RelayCase> forChild(long childId) {
        return repository.forChild(childId);
    }

    /**
     * Whether the case is an open case of this child, which takes the family's words. The caller has decided access
     * through {@link no.laget.access.FamilyDoor}.
     */
    public boolean acceptsWords(long childId, long caseId) {
        return repository.head(caseId).filter(h -> h.childId() == childId && h.open()).isPresent();
    }

    /**
     * Adds the family's own words to an open case of the child. {@code writtenAs} is how the signed-in member stands
     * to the child (from the family door's answer, never typed), {@code familyMemberId} the member's row. Refusals
     * are field problems on {@code text}; a case that is not this child's is {@link NotFoundException}. The caller has
     * decided access through {@link no.laget.access.FamilyDoor} (RELAY_LOG, WRITE).
     */
    @Transactional
    public long addWords(long childId, long caseId, FamilyRelation writtenAs, long familyMemberId, String text) {
        CaseRepository.Head head = repository.head(caseId).filter(h -> h.childId() == childId)
                .orElseThrow(() -> new NotFoundException("case"));
        List<FieldProblem> problems = new ArrayList<>();
        if (!head.open()) {
            problems.add(new FieldProblem("text", "family.log.words.closed"));
        } else if (FieldRules.text(problems, "text", text, WORDS_MAX, "family.log.words.text")
                && !TextCharacters.acceptable(text)) {
            problems.add(new FieldProblem("text", "input.characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repository.addFamilyWords(caseId, writtenAs, familyMemberId, text.trim(),
                OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)));
        log.info("Family words {} added to case {} by a {}", id, caseId, writtenAs);
        return id;
    }
}
