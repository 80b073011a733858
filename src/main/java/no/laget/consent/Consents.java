package no.laget.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.laget.access.AccessDoor;
import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.InformationCategory;
import no.laget.child.Child;
import no.laget.child.Children;
import no.laget.child.Guardian;
import no.laget.consent.internal.ConsentFormPdf;
import no.laget.consent.internal.ConsentRepository;
import no.laget.organisation.Organisation;
import no.laget.organisation.UnitType;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.InvalidInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records consents, refusals and withdrawals (docs/domain.md rules 12-17). Recording is the work of a unit
 * that serves the child, so it passes the door as a write of basic data; reading a child's consents is a
 * read of basic data. A withdrawal takes effect at once: the next request is refused.
 */
@Service
public class Consents {

    private static final Logger log = LoggerFactory.getLogger(Consents.class);

    private final ConsentRepository repository;
    private final Children children;
    private final AccessDoor door;
    private final Organisation organisation;
    private final Clock clock;
    private final int consentAge;
    private final ApplicationEventPublisher events;
    private final ConsentFormPdf formPdf;

    /** The deadline of a consent's end (docs/domain.md rule 15), labelled under deadline.kind.CONSENT_EXPIRY. */
    public static final String EXPIRY = "CONSENT_EXPIRY";
    /** Days before the end that the expiry is warned of. */
    public static final int EXPIRY_WARNING_DAYS = 30;

    Consents(ConsentRepository repository, Children children, AccessDoor door, Organisation organisation, Clock clock,
            @Value("${laget.consent.age:16}") int consentAge, ApplicationEventPublisher events,
            ConsentFormPdf formPdf) {
        if (consentAge < 15 || consentAge > 18) {
            throw new IllegalStateException("laget.consent.age must be between 15 and 18, was " + consentAge);
        }
        this.repository = repository;
        this.children = children;
        this.door = door;
        this.organisation = organisation;
        this.clock = clock;
        this.consentAge = consentAge;
        this.events = events;
        this.formPdf = formPdf;
    }

    public List<Consent> forChild(SignedInUser user, long childId) {
        door.require(user, childId, InformationCategory.BASIC, Action.READ, AccessedObject.of("consents", childId));
        return repository.forChild(childId);
    }

    public Consent get(SignedInUser user, long consentId) {
        Consent consent = repository.find(consentId).orElseThrow(() -> door.unknown(user));
        door.require(user, consent.childId(), InformationCategory.BASIC, Action.READ,
                AccessedObject.of("consent", consentId));
        return consent;
    }

    /**
     * The live consents of a child that cover a category for a unit (named, or by its type), newest first: what
     * casework asks before it admits a unit to a relay log. The caller has been through the door for the child.
     */
    public List<Long> liveCovering(long childId, InformationCategory category, long unitId) {
        return repository.liveCovering(childId, category, unitId, today());
    }

    /**
     * Which units the child's live consents cover for a category: unit ids named, and unit types named (every unit of
     * the type). What a picker may offer when a unit or its people are to be admitted under such a consent; the same
     * rule as {@link #liveCovering}. The caller has been through the door for the child.
     */
    public Receivers liveReceivers(long childId, InformationCategory category) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        java.util.Set<String> types = new java.util.HashSet<>();
        for (String[] row : repository.liveReceivers(childId, category, today())) {
            if (row[0] != null) {
                ids.add(Long.valueOf(row[0]));
            }
            if (row[1] != null) {
                types.add(row[1]);
            }
        }
        return new Receivers(java.util.Set.copyOf(ids), java.util.Set.copyOf(types));
    }

    /** Receiving unit ids and unit type names (organisation's {@code UnitType} names). */
    public record Receivers(java.util.Set<Long> unitIds, java.util.Set<String> unitTypes) {}

    public int consentAge() {
        return consentAge;
    }

    /**
     * The live written consent the young person gave that lets the unit read the category on the day, if any
     * (docs/domain.md rule 31: the transition to NAV starts with the young person's written consent). Says nothing about
     * the child beyond a consent's id; the caller has been through the door for the child.
     */
    public Optional<Long> liveWrittenConsentOfYoungPerson(long childId, InformationCategory category, long unitId,
            LocalDate on) {
        return repository.liveConsent(childId, GivenBy.YOUNG_PERSON.name(), HowGiven.WRITTEN.name(), category.name(),
                unitId, on);
    }

    /**
     * Records a consent or a refusal. The command has been read (from the page or the API); this checks what needs the
     * register: who gave it (every guardian with parental responsibility, the young person's age on the first day,
     * child welfare's care), that it was not given digitally (only the family's door records that), and that the
     * receiving units exist and are active.
     */
    @Transactional
    public long record(SignedInUser user, long childId, RecordConsent command) {
        door.require(user, childId, InformationCategory.BASIC, Action.WRITE, AccessedObject.of("consent"));
        Child child = children.get(user, childId);
        List<Guardian> guardians = children.guardians(user, childId);
        List<FieldProblem> problems = new ArrayList<>();
        if (command.givenBy() == null) {
            problems.add(new FieldProblem("givenBy", "consent.givenBy.required"));
        } else {
            checkWhoGaveIt(command, child, guardians, problems);
        }
        if (command.howGiven() == null || command.howGiven() == HowGiven.DIGITAL) {
            problems.add(new FieldProblem("howGiven", "consent.howGiven.required"));
        }
        List<ConsentRepository.NewGrant> grants = ConsentChoices.pairs(command.categories(), command.receiverUnitIds(),
                        command.receiverUnitTypes(), organisation.unitsById(), problems).stream()
                .map(pair -> new ConsentRepository.NewGrant(pair.category(), pair.unitId(), pair.unitType())).toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(order(problems));
        }
        long id = repository.insert(childId, command.givenBy(), command.howGiven(), command.childView(),
                command.purpose(), command.validFrom(), command.validTo(), command.refused(), user.employeeId(),
                user.unitId(), now(), command.guardianIds(), grants);
        if (!command.refused()) {
            // the unit that recorded it follows it up: renew it with the family or let the sharing end
            events.publishEvent(new ConsentGiven(id, childId, user.unitId(), command.validTo()));
        }
        log.info("Consent {} recorded for child {} ({} grants, refused: {})", id, childId, grants.size(), command.refused());
        Consent recorded = repository.find(id).orElseThrow();
        events.publishEvent(new ConsentRecorded(id, childId, child.fullName(), command.refused(), user.unitId(),
                user.employeeId(), recorded.recordedAt(), formPdf.render(recorded, child, guardians)));
        return id;
    }

    /**
     * Withdraws all of a consent or some of its grants. Sharing stops from this moment. Checks that the chosen grants
     * are the consent's and not withdrawn already.
     */
    @Transactional
    public Consent withdraw(SignedInUser user, long consentId, WithdrawConsent command) {
        Consent consent = repository.find(consentId).orElseThrow(() -> door.unknown(user));
        door.require(user, consent.childId(), InformationCategory.BASIC, Action.WRITE,
                AccessedObject.of("consent_withdrawal", consentId));
        List<FieldProblem> problems = new ArrayList<>();
        if (command.withdrawnBy() == null) {
            problems.add(new FieldProblem("withdrawnBy", "withdrawal.withdrawnBy.required"));
        }
        if (command.scope() == null) {
            problems.add(new FieldProblem("scope", "withdrawal.scope.required"));
        } else if (command.scope() == WithdrawConsent.Scope.SOME) {
            chosenGrants(consent, command, "withdrawal.grantIds", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean all = command.scope() == WithdrawConsent.Scope.ALL;
        if (all) {
            repository.withdrawAll(consentId, command.withdrawnBy(), user.employeeId(), now());
        } else {
            repository.withdrawGrants(consentId, command.grantIds(), command.withdrawnBy(), user.employeeId(), now());
        }
        log.info("Consent {} withdrawn ({})", consentId, all ? "all" : command.grantIds().size() + " grants");
        Consent after = repository.find(consentId).orElseThrow();
        if (after.statusOn(today()) == Consent.Status.WITHDRAWN) {
            events.publishEvent(new ConsentWithdrawnInFull(consentId, consent.childId()));
        }
        Child child = children.get(user, consent.childId());
        events.publishEvent(new ConsentWithdrawn(consentId, consent.childId(), child.fullName(), user.unitId(),
                user.employeeId(), now(), formPdf.render(after, child, children.guardians(user, consent.childId()))));
        return after;
    }

    /**
     * The problem with the grants a partial withdrawal chose, if any: {@code prefix.unknown} for one that is not the
     * consent's or is withdrawn already, {@code prefix.required} for none. Shared with the family's withdrawal.
     */
    static void chosenGrants(Consent consent, WithdrawConsent command, String prefix, List<FieldProblem> problems) {
        for (long id : command.grantIds()) {
            if (consent.grants().stream().noneMatch(g -> g.id() == id && !g.withdrawn())) {
                problems.add(new FieldProblem("grantIds", prefix + ".unknown"));
                return;
            }
        }
        if (command.grantIds().isEmpty()) {
            problems.add(new FieldProblem("grantIds", prefix + ".required"));
        }
    }

    private void checkWhoGaveIt(RecordConsent command, Child child, List<Guardian> guardians,
            List<FieldProblem> problems) {
        switch (command.givenBy()) {
            case GUARDIANS -> {
                List<Guardian> responsible = guardians.stream().filter(Guardian::parentalResponsibility).toList();
                if (responsible.isEmpty()) {
                    problems.add(new FieldProblem("guardianIds", "consent.guardianIds.none-registered"));
                    return;
                }
                for (long id : command.guardianIds()) {
                    Optional<Guardian> guardian = guardians.stream().filter(g -> g.id() == id).findFirst();
                    if (guardian.isEmpty() || !guardian.get().parentalResponsibility()) {
                        problems.add(new FieldProblem("guardianIds", "consent.guardianIds.no-responsibility"));
                        return;
                    }
                }
                if (!command.guardianIds().containsAll(responsible.stream().map(Guardian::id).toList())) {
                    problems.add(new FieldProblem("guardianIds", "consent.guardianIds.all-required"));
                }
            }
            case YOUNG_PERSON -> {
                if (child.birthDate() == null || child.ageOn(command.validFrom()).orElse(0) < consentAge) {
                    problems.add(new FieldProblem("givenBy", "consent.givenBy.too-young"));
                }
            }
            case CHILD_WELFARE -> {
                if (!child.childWelfareHasCare()) {
                    problems.add(new FieldProblem("givenBy", "consent.givenBy.no-care"));
                }
            }
        }
    }

    /** The order the fields stand on the page, so the error summary reads top down. */
    private static List<FieldProblem> order(List<FieldProblem> problems) {
        List<String> fields = List.of("givenBy", "guardianIds", "howGiven", "childView", "purpose", "categories",
                "receiverUnitIds", "receiverUnitTypes", "validFrom", "validTo");
        return problems.stream().sorted(java.util.Comparator.comparingInt(p -> {
            int index = fields.indexOf(p.field());
            return index < 0 ? fields.size() : index;
        })).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
