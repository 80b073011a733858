package no.laget.child;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.laget.access.AccessDoor;
import no.laget.access.AccessRefusedException;
import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.Decision;
import no.laget.access.InformationCategory;
import no.laget.access.Reason;
import no.laget.child.ChildForm;
import no.laget.child.internal.ChildRepository;
import no.laget.child.GuardianForm;
import no.laget.child.internal.SearchTerms;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldRules;
import no.laget.platform.validation.InvalidInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Children and guardians, always through the access door: every method asks it (and so logs) before it
 * reads or writes, and search puts the door's rule inside its SQL.
 */
@Service
public class Children {

    private static final Logger log = LoggerFactory.getLogger(Children.class);
    public static final int PAGE_SIZE = 50;

    public record SearchResult(List<ChildSummary> children, boolean more) {}

    /** The child's page: basic data, guardians, serving units, and what the user may see of each category. */
    public record Overview(Child child, List<Guardian> guardians, List<ServingUnit> servingUnits,
            Map<InformationCategory, Decision> categories) {}

    private final ChildRepository repository;
    private final AccessDoor door;
    private final Clock clock;
    private final boolean demo;
    private final boolean allowTestData;

    Children(ChildRepository repository, AccessDoor door, Clock clock, no.laget.platform.LagetProperties properties,
            @Value("${laget.allow-test-data:false}") boolean allowTestData) {
        this.repository = repository;
        this.door = door;
        this.clock = clock;
        this.demo = properties.demo();
        this.allowTestData = allowTestData || properties.demo();
    }

    public Child get(SignedInUser user, long childId) {
        door.require(user, childId, InformationCategory.BASIC, Action.READ, AccessedObject.of("child", childId));
        return repository.find(childId).orElseThrow(() -> door.unknown(user));
    }

    public List<Guardian> guardians(SignedInUser user, long childId) {
        door.require(user, childId, InformationCategory.BASIC, Action.READ, AccessedObject.of("guardians", childId));
        return repository.guardians(childId);
    }

    public List<ServingUnit> servingUnits(SignedInUser user, long childId) {
        door.require(user, childId, InformationCategory.BASIC, Action.READ, AccessedObject.of("serving_units", childId));
        return repository.servingUnits(childId);
    }

    /** One question to the door for every category (each answer logged); refused unless basic data is allowed. */
    public Overview overview(SignedInUser user, long childId) {
        Map<InformationCategory, Decision> categories = door.decideEach(user, childId,
                List.of(InformationCategory.values()), Action.READ, AccessedObject.of("child", childId));
        Decision basic = categories.get(InformationCategory.BASIC);
        if (!basic.allowed()) {
            throw new AccessRefusedException(basic.reason());
        }
        Child child = repository.find(childId).orElseThrow(() -> door.unknown(user));
        return new Overview(child, repository.guardians(childId), repository.servingUnits(childId), categories);
    }

    public SearchResult search(SignedInUser user, String query, int page) {
        SearchTerms terms = SearchTerms.parse(query);
        if (terms.empty()) {
            return new SearchResult(List.of(), false);
        }
        var rows = repository.search(door.filter(user, InformationCategory.BASIC, Action.READ), terms, PAGE_SIZE + 1,
                Math.max(0, page) * PAGE_SIZE);
        var shown = rows.stream().limit(PAGE_SIZE).toList();
        door.recordListed(user, InformationCategory.BASIC, shown.stream().map(ChildRepository.SearchRow::listed).toList(),
                "child_search");
        return new SearchResult(shown.stream().map(ChildRepository.SearchRow::child).toList(), rows.size() > PAGE_SIZE);
    }

    /**
     * Registers a child in the user's own unit. A child already in Laget (same identity number) is not
     * registered twice: the user's unit is added to the units serving it.
     */
    @Transactional
    public long register(SignedInUser user, ChildForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        String number = identityNumber(problems, "identityNumber", form.identityNumber());
        FieldRules.text(problems, "givenName", form.givenName(), 100, "child.givenName");
        FieldRules.text(problems, "familyName", form.familyName(), 100, "child.familyName");
        Optional<LocalDate> birthDate = FieldRules.date(problems, "birthDate", form.birthDate(), "child.birthDate");
        if (birthDate.filter(date -> date.isAfter(today())).isPresent()) {
            problems.add(new FieldProblem("birthDate", "child.birthDate.future"));
        }
        FieldRules.optionalText(problems, "address", form.address(), 200, "child.address");
        Optional<LocalDate> from = FieldRules.date(problems, "servingFrom", form.servingFrom(), "child.servingFrom");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Optional<Long> existing = number == null ? Optional.empty() : repository.idByIdentityNumber(number);
        long childId = existing.orElseGet(() -> repository.insertChild(number, form.givenName().trim(),
                form.familyName().trim(), birthDate.orElseThrow(), FieldRules.trimToNull(form.address()), user.unitId(),
                now()));
        if (!repository.servedBy(childId, user.unitId(), from.orElseThrow())) {
            repository.addServingUnit(childId, user.unitId(), from.orElseThrow());
        }
        // Logged as a write on the basis the door now finds; a role that may not see children is refused here.
        door.require(user, childId, InformationCategory.BASIC, Action.WRITE, AccessedObject.of("child", childId));
        log.info("Child {} {} by unit {}", childId, existing.isPresent() ? "joined" : "registered", user.unitId());
        return childId;
    }

    /** Changes name, birth date and address; the identity number, once given, is not retyped here. */
    @Transactional
    public void change(SignedInUser user, long childId, ChildForm form) {
        door.require(user, childId, InformationCategory.BASIC, Action.WRITE, AccessedObject.of("child", childId));
        List<FieldProblem> problems = new ArrayList<>();
        FieldRules.text(problems, "givenName", form.givenName(), 100, "child.givenName");
        FieldRules.text(problems, "familyName", form.familyName(), 100, "child.familyName");
        Optional<LocalDate> birthDate = FieldRules.date(problems, "birthDate", form.birthDate(), "child.birthDate");
        if (birthDate.filter(date -> date.isAfter(today())).isPresent()) {
            problems.add(new FieldProblem("birthDate", "child.birthDate.future"));
        }
        FieldRules.optionalText(problems, "address", form.address(), 200, "child.address");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        repository.update(childId, form.givenName().trim(), form.familyName().trim(), birthDate.orElseThrow(),
                FieldRules.trimToNull(form.address()), now());
        log.info("Child {} changed by unit {}", childId, user.unitId());
    }

    @Transactional
    public long addGuardian(SignedInUser user, long childId, GuardianForm form) {
        door.require(user, childId, InformationCategory.BASIC, Action.WRITE, AccessedObject.of("guardian"));
        List<FieldProblem> problems = new ArrayList<>();
        FieldRules.text(problems, "name", form.name(), 200, "guardian.name");
        String number = identityNumber(problems, "identityNumber", form.identityNumber());
        FieldRules.optionalPhone(problems, "phone", form.phone(), "guardian.phone");
        FieldRules.optionalEmail(problems, "email", form.email(), "guardian.email");
        if (!"true".equals(form.parentalResponsibility()) && !"false".equals(form.parentalResponsibility())) {
            problems.add(new FieldProblem("parentalResponsibility", "guardian.parentalResponsibility.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repository.insertGuardian(childId, form.name().trim(), number, FieldRules.trimToNull(form.phone()),
                FieldRules.trimToNull(form.email()), Boolean.parseBoolean(form.parentalResponsibility()), now());
        log.info("Guardian {} added to child {}", id, childId);
        return id;
    }

    /**
     * The user's unit stops serving the child after the given day (a pupil who moves away). From the day
     * after, the unit's own-service access ends; what a consent grants is unaffected.
     */
    @Transactional
    public void endService(SignedInUser user, long childId, String lastDay) {
        door.require(user, childId, InformationCategory.BASIC, Action.WRITE, AccessedObject.of("serving_unit", childId));
        List<FieldProblem> problems = new ArrayList<>();
        Optional<LocalDate> to = FieldRules.date(problems, "lastDay", lastDay, "child.lastDay");
        if (to.isPresent() && !repository.endService(childId, user.unitId(), to.get())) {
            problems.add(new FieldProblem("lastDay", "child.lastDay.before-start"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        log.info("Unit {} ends its service to child {}", user.unitId(), childId);
    }

    /**
     * Records whether child welfare has taken over care, which makes child welfare the one who consents
     * (docs/domain.md rule 17). Only a child welfare unit that serves the child records it.
     */
    @Transactional
    public void setChildWelfareCare(SignedInUser user, long childId, boolean hasCare) {
        if (!"CHILD_WELFARE".equals(user.unitType())) {
            throw new AccessRefusedException(Reason.WRITE_NEEDS_OWN_SERVICE);
        }
        door.require(user, childId, InformationCategory.CHILD_WELFARE, Action.WRITE, AccessedObject.of("child_care", childId));
        repository.setChildWelfareCare(childId, hasCare, now());
        log.info("Child welfare care for child {} set to {} by unit {}", childId, hasCare, user.unitId());
    }

    /**
     * The child a report of concern names (the duty to report, barnevernloven § 13-2): the child Laget already
     * holds under that identity number, or a new child row, so that every access to the report is logged against
     * a child like any other access (docs/domain.md rule 34). The new row gives the reporter's unit no access: it is
     * registered without a serving unit, and child welfare reads it through the grant a received report gives.
     * An unborn child (no number) always gets a row of its own. The reporter learns nothing back: only the id.
     * Logged as a REPORT of child welfare data on the basis of the duty to report; a role that may not see
     * children (an administrator) is refused and nothing is written.
     */
    @Transactional
    public long registerReported(SignedInUser reporter, String identityNumber, String givenName, String familyName,
            String address) {
        Optional<Long> existing = FieldRules.blank(identityNumber) ? Optional.empty()
                : repository.idByIdentityNumber(identityNumber.trim());
        long childId = existing.orElseGet(() -> repository.insertChild(FieldRules.trimToNull(identityNumber),
                givenName.trim(), familyName.trim(), null, FieldRules.trimToNull(address), reporter.unitId(), now()));
        door.require(reporter, childId, InformationCategory.CHILD_WELFARE, Action.REPORT,
                AccessedObject.of("reported_child", childId));
        if (existing.isEmpty()) {
            log.info("Child {} registered from a report by unit {}", childId, reporter.unitId());
        }
        return childId;
    }

    /**
     * Checks an identity number typed into another module's form by the same rules as registration (the demo takes
     * only Tenor numbers, production refuses synthetic ones unless test data is allowed). Adds a problem for the
     * field and returns null when it is wrong; returns null for an empty field and the number when it is right.
     */
    public String checkIdentityNumber(List<FieldProblem> problems, String field, String typed) {
        return identityNumber(problems, field, typed);
    }

    /** Whether Laget holds no child yet (demo data is made only then). Says nothing about any child. */
    public boolean noneRegistered() {
        return repository.noneRegistered();
    }

    /** The child's id for emergency access: the only lookup that does not ask the door, and says nothing else. */
    public Optional<Long> idForEmergency(String identityNumber) {
        return IdentityNumber.check(identityNumber) instanceof IdentityNumber.Result.Valid(IdentityNumber n)
                ? repository.idByIdentityNumber(n.value()) : Optional.empty();
    }

    /**
     * An optional identity number: null when empty, a problem when wrong. The demo takes only Tenor test
     * numbers (month + 80), so nobody types a real person into it. Production refuses numbers that can
     * only be synthetic unless test data is allowed; month + 40 passes there, because real H-numbers share
     * that series with NAV's Dolly test numbers.
     */
    private String identityNumber(List<FieldProblem> problems, String field, String typed) {
        if (FieldRules.blank(typed)) {
            return null;
        }
        switch (IdentityNumber.check(typed)) {
            case IdentityNumber.Result.Invalid(var problem) -> {
                problems.add(new FieldProblem(field, problem.messageKey()));
                return null;
            }
            case IdentityNumber.Result.Valid(var number) -> {
                boolean tenor = number.kind() == IdentityNumber.Kind.SYNTHETIC_TENOR
                        || number.kind() == IdentityNumber.Kind.SYNTHETIC_TENOR_D_NUMBER;
                boolean onlySynthetic = tenor || number.kind() == IdentityNumber.Kind.SYNTHETIC_DOLLY_D_NUMBER;
                if (demo && !tenor) {
                    problems.add(new FieldProblem(field, "identity-number.real-in-demo"));
                    return null;
                }
                if (!allowTestData && onlySynthetic) {
                    problems.add(new FieldProblem(field, IdentityNumber.Problem.SYNTHETIC_NOT_ALLOWED.messageKey()));
                    return null;
                }
                return number.value();
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(AccessDoor.OSLO));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    /**
     * Counts for the municipality's internal figures: how many children each type of unit served on the day,
     * per age band. No child is read, only counted, so this passes no door and logs no child; the figures
     * page suppresses small counts.
     */
    public ServedCounts servedCounts(java.time.LocalDate day) {
        return new ServedCounts(day, repository.servedCounts(day));
    }
}
