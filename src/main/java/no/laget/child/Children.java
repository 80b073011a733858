package no.laget.child;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
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
import no.laget.child.internal.RegistrationReceipt;
import no.laget.child.internal.ChildSummary;
import no.laget.child.internal.ChildRepository;
import no.laget.child.internal.SearchTerms;
import no.laget.platform.security.Role;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldRules;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;

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

    /**
     * A search that matches more children than this (in the whole database, before the door) shows none and asks for
     * more of the name: at national scale a few letters match tens of thousands of children, nearly all of whom the
     * door refuses, and asking the door for each of them took a second.
     */
    public static final int MAX_MATCHES = 1000;

    /** One page of the children found; {@code tooBroad}: more than {@link #MAX_MATCHES} matched, none are shown. */
    public record SearchResult(List<ChildSummary> children, boolean more, boolean tooBroad) {

        public SearchResult(List<ChildSummary> children, boolean more) {
            this(children, more, false);
        }
    }

    /** The child's page: basic data, guardians, serving units, and what the user may see of each category. */
    public record Overview(Child child, List<Guardian> guardians, List<ServingUnit> servingUnits,
            List<ServingClaim> claims, Map<InformationCategory, Decision> categories) {}

    /**
     * What registering did, for the caller's code only: pages and the API answer with the receipt (what was typed)
     * and never with {@code servedChildId}. It is the child when the user's unit serves it now (a new child, or
     * one the unit already served), and null when the registration waits for the leader's review (a claim).
     */
    public record Registration(String reference, Long servedChildId) {

        /** The child the unit now serves; throws when the registration is a claim awaiting review. */
        public long servedChild() {
            if (servedChildId == null) {
                throw new IllegalStateException("The registration awaits the unit leader's review");
            }
            return servedChildId;
        }
    }

    /** Why a child has no identity number: a required choice on the form (with a text). */
    public enum NoNumberReason { UNBORN, NEWLY_ARRIVED, OTHER }

    private static final SecureRandom RANDOM = new SecureRandom();
    public static final int MAX_PENDING_CLAIMS_SHOWN = 200;

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

    /**
     * The child's basic data. The shared fields (name, birth date, identity number, child welfare care) go to
     * everyone the door lets read BASIC; the address only to the unit that recorded it, or to a unit a live consent
     * covers BASIC for, or an employee with emergency access (see {@link #guardians}).
     */
    public Child get(SignedInUser user, long childId) {
        door.require(user, childId, InformationCategory.BASIC, Action.READ, AccessedObject.of("child", childId));
        return findFor(user, childId);
    }

    /**
     * The guardians. Names and parental responsibility are shared between the units that may read the child (they
     * decide who consents); identity number, phone and e-mail stay with the unit that recorded them unless a live
     * consent covers BASIC for the reader's unit, or the reader has emergency access.
     */
    public List<Guardian> guardians(SignedInUser user, long childId) {
        door.require(user, childId, InformationCategory.BASIC, Action.READ, AccessedObject.of("guardians", childId));
        return repository.guardiansFor(childId, user.unitId(), user.employeeId(), today(), now());
    }

    private Child findFor(SignedInUser user, long childId) {
        return repository.findFor(childId, user.unitId(), user.employeeId(), today(), now())
                .orElseThrow(() -> door.unknown(user));
    }

    public List<ServingUnit> servingUnits(SignedInUser user, long childId) {
        door.require(user, childId, InformationCategory.BASIC, Action.READ, AccessedObject.of("serving_units", childId));
        return repository.servingUnitsFor(childId, user.unitId(), user.employeeId(), today(), now());
    }

    /** One question to the door for every category (each answer logged); refused unless basic data is allowed. */
    public Overview overview(SignedInUser user, long childId) {
        Map<InformationCategory, Decision> categories = door.decideEach(user, childId,
                List.of(InformationCategory.values()), Action.READ, AccessedObject.of("child", childId));
        Decision basic = categories.get(InformationCategory.BASIC);
        if (!basic.allowed()) {
            throw new AccessRefusedException(basic.reason());
        }
        Child child = findFor(user, childId);
        return new Overview(child, repository.guardiansFor(childId, user.unitId(), user.employeeId(), today(), now()),
                repository.servingUnitsFor(childId, user.unitId(), user.employeeId(), today(), now()),
                repository.claimsFor(childId, user.unitId(), user.employeeId(), today(), now()), categories);
    }

    public SearchResult search(SignedInUser user, String query, int page) {
        SearchTerms terms = SearchTerms.parse(query);
        if (terms.empty()) {
            return new SearchResult(List.of(), false);
        }
        // only a name alone can match that many: a number matches one child, a birth date a few hundred in the country
        if (terms.name() != null && terms.birthDate() == null && repository.matches(terms, MAX_MATCHES + 1) > MAX_MATCHES) {
            return new SearchResult(List.of(), false, true);
        }
        var rows = repository.search(door.filter(user, InformationCategory.BASIC, Action.READ), terms, PAGE_SIZE + 1,
                Math.max(0, page) * PAGE_SIZE);
        var shown = rows.stream().limit(PAGE_SIZE).toList();
        door.recordListed(user, InformationCategory.BASIC, shown.stream().map(ChildRepository.SearchRow::listed).toList(),
                "child_search");
        return new SearchResult(shown.stream().map(ChildRepository.SearchRow::child).toList(), rows.size() > PAGE_SIZE);
    }

    /**
     * Registers a child in the user's own unit, and answers only with a receipt of what was typed, so that
     * registering never tells whether Laget knew the child or what others recorded (issue 10, item 3):
     * <ul>
     * <li>a number Laget does not know, or no number at all (a required reason instead): a new child that the
     * unit serves from the day given;</li>
     * <li>a number of a child the unit already serves: nothing changes;</li>
     * <li>a number of a child someone else registered: a {@link ServingClaim} (who, when, why) that the unit's
     * leader reviews. Until it is accepted there is no child_unit row, so the door gives the unit nothing.</li>
     * </ul>
     * A child without a number is never matched with anything by number. The claim is logged through the door as a
     * write of BASIC on the object {@code serving_claim}.
     */
    @Transactional
    public Registration register(SignedInUser user, ChildForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        String number = identityNumber(problems, "identityNumber", form.identityNumber());
        boolean numberTyped = !FieldRules.blank(form.identityNumber());
        NoNumberReason noNumber = null;
        if (!numberTyped) {
            noNumber = java.util.Arrays.stream(NoNumberReason.values())
                    .filter(r -> r.name().equals(form.noNumberReason())).findFirst().orElse(null);
            if (noNumber == null) {
                problems.add(new FieldProblem("noNumberReason", "child.noNumberReason.required"));
            }
            FieldRules.text(problems, "noNumberExplanation", form.noNumberExplanation(), 500,
                    "child.noNumberExplanation");
        }
        names(problems, form);
        Optional<LocalDate> birthDate;
        if (noNumber == NoNumberReason.UNBORN && FieldRules.blank(form.birthDate())) {
            birthDate = Optional.empty();
        } else {
            birthDate = FieldRules.date(problems, "birthDate", form.birthDate(), "child.birthDate");
        }
        boolean confirmed = "true".equals(form.confirmBirthDate());
        if (birthDate.filter(date -> date.isAfter(today())).isPresent()) {
            problems.add(new FieldProblem("birthDate", "child.birthDate.future"));
        } else if (number != null && birthDate.isPresent() && !confirmed
                && !IdentityNumber.parse(number).encodedDate().equals(birthDate.get())) {
            problems.add(new FieldProblem("birthDate", "child.birthDate.differs-from-number"));
        }
        FieldRules.optionalText(problems, "address", form.address(), 200, "child.address");
        Optional<LocalDate> from = FieldRules.date(problems, "servingFrom", form.servingFrom(), "child.servingFrom");
        FieldRules.text(problems, "reason", form.reason(), 1000, "child.reason");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String givenName = form.givenName().trim();
        String familyName = form.familyName().trim();
        String address = FieldRules.trimToNull(form.address());
        String reason = form.reason().trim();
        OffsetDateTime now = now();
        Optional<Long> created = repository.insertChildUnlessKnown(number, givenName, familyName,
                birthDate.orElse(null), address, user.unitId(), now);
        long childId = created.orElseGet(() -> repository.idByIdentityNumber(number).orElseThrow());
        String reference = reference();
        long registration = repository.insertRegistration(reference, childId, user.unitId(), user.employeeId(), now,
                number, noNumber == null ? null : noNumber.name(),
                noNumber == null ? null : form.noNumberExplanation().trim(), givenName, familyName,
                birthDate.orElse(null), confirmed && number != null, address, from.orElseThrow(), reason);
        if (created.isPresent()) {
            repository.addServingUnit(childId, user.unitId(), from.orElseThrow());
            // Logged as a write on the basis the door now finds; a role that may not see children is refused here,
            // as in the other two cases (a service that starts later is refused by the door and still registered,
            // like a claim, so that the answer never differs).
            refuseRoleWithoutChildData(door.decide(user, childId, InformationCategory.BASIC, Action.WRITE,
                    AccessedObject.of("child", childId)));
            log.info("Registration {}: child {} registered by unit {}", registration, childId, user.unitId());
            return new Registration(reference, childId);
        }
        if (repository.servedBy(childId, user.unitId(), today())) {
            refuseRoleWithoutChildData(door.decide(user, childId, InformationCategory.BASIC, Action.WRITE,
                    AccessedObject.of("child", childId)));
            log.info("Registration {}: unit {} already serves the child", registration, user.unitId());
            return new Registration(reference, childId);
        }
        if (repository.pendingClaimExists(childId, user.unitId())) {
            refuseRoleWithoutChildData(door.decide(user, childId, InformationCategory.BASIC, Action.WRITE,
                    AccessedObject.of("child_registration", registration)));
            log.info("Registration {}: unit {} already has a claim waiting", registration, user.unitId());
            return new Registration(reference, null);
        }
        long claim = repository.insertClaim(registration, childId, user.unitId(), user.employeeId(), now, reason,
                from.orElseThrow());
        refuseRoleWithoutChildData(door.decide(user, childId, InformationCategory.BASIC, Action.WRITE,
                AccessedObject.of("serving_claim", claim)));
        log.info("Registration {}: serving claim {} by unit {}", registration, claim, user.unitId());
        return new Registration(reference, null);
    }

    /** The receipt of a registration the user's unit made; any other reference is not found. */
    public RegistrationReceipt receipt(SignedInUser user, String reference) {
        if (reference == null || !reference.matches("[A-Za-z0-9_-]{22}")) {
            throw new NotFoundException("registration");
        }
        return repository.receipt(reference, user.unitId()).orElseThrow(() -> new NotFoundException("registration"));
    }

    /** The claims of the leader's unit awaiting review (at most {@link #MAX_PENDING_CLAIMS_SHOWN}). */
    public List<ServingClaim> pendingClaims(SignedInUser leader) {
        requireLeader(leader);
        return repository.pendingClaims(leader.unitId(), MAX_PENDING_CLAIMS_SHOWN);
    }

    /**
     * The leader of the claiming unit accepts: the unit serves the child from the day the claim gave (a child_unit
     * row). Logged through the door as a write of BASIC on the claim. A claim that does not exist, is not the
     * leader's unit's, or is already reviewed is not found, all alike.
     */
    @Transactional
    public void acceptClaim(SignedInUser leader, long claimId) {
        requireLeader(leader);
        var claim = repository.review(claimId, leader.unitId(), ServingClaim.Status.ACCEPTED.name(), leader.employeeId(),
                now()).orElseThrow(() -> new NotFoundException("serving claim"));
        if (!repository.servedBy(claim.childId(), leader.unitId(), claim.servingFrom())) {
            repository.addServingUnit(claim.childId(), leader.unitId(), claim.servingFrom());
        }
        refuseRoleWithoutChildData(door.decide(leader, claim.childId(), InformationCategory.BASIC, Action.WRITE,
                AccessedObject.of("serving_claim", claimId)));
        log.info("Serving claim {} accepted by employee {}", claimId, leader.employeeId());
    }

    /** The leader of the claiming unit declines: nothing changes for the unit, and the decision is kept and logged. */
    @Transactional
    public void declineClaim(SignedInUser leader, long claimId) {
        requireLeader(leader);
        var claim = repository.review(claimId, leader.unitId(), ServingClaim.Status.DECLINED.name(), leader.employeeId(),
                now()).orElseThrow(() -> new NotFoundException("serving claim"));
        refuseRoleWithoutChildData(door.decide(leader, claim.childId(), InformationCategory.BASIC, Action.WRITE,
                AccessedObject.of("serving_claim", claimId)));
        log.info("Serving claim {} declined by employee {}", claimId, leader.employeeId());
    }

    private static void requireLeader(SignedInUser user) {
        if (!user.hasRole(Role.UNIT_LEADER) || user.hasRole(Role.ADMINISTRATOR)) {
            throw new AccessRefusedException(Reason.ROLE_SEES_NO_CHILD_DATA);
        }
    }

    /** A claim is no access, so the door refuses it; only a role that may not see children at all stops it. */
    private static void refuseRoleWithoutChildData(Decision decision) {
        if (!decision.allowed() && decision.reason() == Reason.ROLE_SEES_NO_CHILD_DATA) {
            throw new AccessRefusedException(decision.reason());
        }
    }

    private void names(List<FieldProblem> problems, ChildForm form) {
        FieldRules.text(problems, "givenName", form.givenName(), 100, "child.givenName");
        FieldRules.text(problems, "familyName", form.familyName(), 100, "child.familyName");
    }

    private static String reference() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Changes name, birth date and address; the identity number, once given, is not retyped here. */
    @Transactional
    public void change(SignedInUser user, long childId, ChildForm form) {
        door.require(user, childId, InformationCategory.BASIC, Action.WRITE, AccessedObject.of("child", childId));
        List<FieldProblem> problems = new ArrayList<>();
        names(problems, form);
        Optional<LocalDate> birthDate = FieldRules.date(problems, "birthDate", form.birthDate(), "child.birthDate");
        if (birthDate.filter(date -> date.isAfter(today())).isPresent()) {
            problems.add(new FieldProblem("birthDate", "child.birthDate.future"));
        }
        FieldRules.optionalText(problems, "address", form.address(), 200, "child.address");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // An address the unit may not see (another unit recorded it) is kept when the field is left empty; a typed
        // one replaces it and becomes this unit's record. An address the unit sees is changed as typed.
        String address = FieldRules.trimToNull(form.address());
        boolean seesAddress = addressVisible(user, childId);
        repository.update(childId, form.givenName().trim(), form.familyName().trim(), birthDate.orElseThrow(),
                seesAddress || address != null, address, user.unitId(), now());
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
                FieldRules.trimToNull(form.email()), Boolean.parseBoolean(form.parentalResponsibility()), user.unitId(),
                now());
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
     * Whether the user sees the child's address (recorded by their unit, or a consent or emergency access), or else
     * whether an address stays hidden from them: for the edit form, which must not show another unit's address.
     * The caller has been through the door.
     */
    public boolean addressVisible(SignedInUser user, long childId) {
        Child seen = findFor(user, childId);
        return seen.address() != null || repository.find(childId).map(Child::address).isEmpty();
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
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
