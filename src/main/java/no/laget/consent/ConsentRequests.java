package no.laget.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import no.laget.access.AccessDoor;
import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.FamilyAccessRefusedException;
import no.laget.access.FamilyChild;
import no.laget.access.FamilyRelation;
import no.laget.access.InformationCategory;
import no.laget.access.Reason;
import no.laget.child.Child;
import no.laget.child.Children;
import no.laget.child.Guardian;
import no.laget.consent.internal.ConsentFormPdf;
import no.laget.consent.internal.ConsentRepository;
import no.laget.consent.internal.ConsentRequestRepository;
import no.laget.organisation.Organisation;
import no.laget.platform.security.FamilyMember;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.InvalidInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A service asks for consent in Laget and the family answers through its own door (issue 12, docs/domain.md rules
 * 12-17). An employee's request passes the employees' door like a recorded consent (a write of basic data). The
 * family's reads, answers and withdrawals come with the {@link FamilyChild} that {@code access.FamilyDoor.require}
 * returned: <strong>the caller has decided access through FamilyDoor</strong> (BASIC READ to read, BASIC WRITE to answer
 * or withdraw), and this service then decides only which consents are the member's to answer or withdraw:
 * <ul>
 * <li>a guardian (with parental responsibility, which the door checked) answers and withdraws consents given by
 * GUARDIANS, and sees only those;</li>
 * <li>the young person (from the consent age, which the door checked) answers and withdraws consents given by
 * YOUNG_PERSON, and sees every consent about themself.</li>
 * </ul>
 * Anything else is answered like a missing child ({@link FamilyAccessRefusedException}).
 * <p>
 * Where GUARDIANS must consent, everyone with parental responsibility must say yes: the consent is recorded (form
 * DIGITAL) when the last of them has answered, and it holds what every one of them granted (the intersection). A "no"
 * from any one of them decides the request at once as a refusal, recorded like any refusal (rule 13).
 */
@Service
public class ConsentRequests {

    private static final Logger log = LoggerFactory.getLogger(ConsentRequests.class);

    /** ID-porten's levels, strongest first; an unknown level counts as the weakest. */
    private static final List<String> ASSURANCE = List.of("idporten-loa-high", "idporten-loa-substantial",
            "idporten-loa-low");

    private final ConsentRequestRepository requests;
    private final ConsentRepository consents;
    private final Children children;
    private final AccessDoor door;
    private final Organisation organisation;
    private final ApplicationEventPublisher events;
    private final ConsentFormPdf formPdf;
    private final Clock clock;
    private final int consentAge;

    ConsentRequests(ConsentRequestRepository requests, ConsentRepository consents, Children children, AccessDoor door,
            Organisation organisation, ApplicationEventPublisher events, ConsentFormPdf formPdf,
            Clock clock, Consents settings) {
        this.requests = requests;
        this.consents = consents;
        this.children = children;
        this.door = door;
        this.organisation = organisation;
        this.events = events;
        this.formPdf = formPdf;
        this.clock = clock;
        this.consentAge = settings.consentAge();
    }

    // ---- the employee's side ----

    /** The child's requests with who has answered, for the unit's consent page. A read of basic data. */
    public List<ConsentRequest> forChild(SignedInUser user, long childId) {
        door.require(user, childId, InformationCategory.BASIC, Action.READ, AccessedObject.of("consent_requests", childId));
        return requests.forChild(childId);
    }

    /**
     * Asks the family for consent; the request waits on the family's page. A write of basic data, like recording one.
     * The command has been read; this checks the period against today, who may answer, and the receiving units.
     */
    @Transactional
    public long request(SignedInUser user, long childId, RequestConsent command) {
        door.require(user, childId, InformationCategory.BASIC, Action.WRITE, AccessedObject.of("consent_request"));
        Child child = children.get(user, childId);
        List<Guardian> guardians = children.guardians(user, childId);
        LocalDate today = today();
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate from = command.validFrom();
        LocalDate to = command.validTo();
        if (from.isBefore(today)) {
            problems.add(new FieldProblem("validFrom", "consent.request.validFrom.past"));
        }
        if (to.isBefore(today)) {
            problems.add(new FieldProblem("validTo", "consent.request.validTo.ended"));
        } else if (to.isBefore(from)) {
            problems.add(new FieldProblem("validTo", "consent.validTo.before-start"));
        }
        if (command.givenBy() == null) {
            problems.add(new FieldProblem("givenBy", "consent.request.givenBy.required"));
        } else {
            checkWhoAnswers(command.givenBy(), child, guardians, from, problems);
        }
        List<ConsentRequestRepository.NewAsk> asks = ConsentChoices.pairs(command.categories(),
                        command.receiverUnitIds(), command.receiverUnitTypes(), organisation.unitsById(), problems)
                .stream()
                .map(pair -> new ConsentRequestRepository.NewAsk(pair.category(), pair.unitId(), pair.unitType()))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(order(problems));
        }
        long id = requests.insert(childId, command.givenBy(), command.purpose(), from, to, user.employeeId(),
                user.unitId(), now(), asks);
        log.info("Consent request {} for child {} ({} grants asked)", id, childId, asks.size());
        events.publishEvent(new ConsentRequested(id, childId));
        return id;
    }

    /**
     * Rule 17 as the family's door can carry it: the guardians answer when someone has parental responsibility, the
     * child is under 18 and child welfare has not taken over care (the door shows them nothing else); the young person
     * answers from the consent age and needs an identity number to log in with.
     */
    private void checkWhoAnswers(GivenBy givenBy, Child child, List<Guardian> guardians, LocalDate from,
            List<FieldProblem> problems) {
        switch (givenBy) {
            case GUARDIANS -> {
                if (child.childWelfareHasCare()) {
                    problems.add(new FieldProblem("givenBy", "consent.request.givenBy.care"));
                } else if (guardians.stream().noneMatch(Guardian::parentalResponsibility)) {
                    problems.add(new FieldProblem("givenBy", "consent.guardianIds.none-registered"));
                } else if (child.birthDate() != null && child.ageOn(from).orElse(0) >= 18) {
                    problems.add(new FieldProblem("givenBy", "consent.request.givenBy.adult"));
                }
            }
            case YOUNG_PERSON -> {
                if (child.birthDate() == null || child.ageOn(from).orElse(0) < consentAge) {
                    problems.add(new FieldProblem("givenBy", "consent.givenBy.too-young"));
                } else if (child.identityNumber() == null) {
                    problems.add(new FieldProblem("givenBy", "consent.request.givenBy.no-number"));
                }
            }
            default -> problems.add(new FieldProblem("givenBy", "consent.request.givenBy.required"));
        }
    }

    /**
     * The identity numbers of those who must still answer the request today: every guardian with parental
     * responsibility (GUARDIANS) or the young person (YOUNG_PERSON) who has not answered yet; empty for a request that
     * is decided, whose period has ended, or that does not exist. For the family's e-mail notices, which tell these
     * people (when they asked for it) that something waits behind their login; it reads nothing of the child that
     * leaves this module but who must answer, and is not an access.
     */
    public Set<String> stillToAnswer(long requestId) {
        Optional<ConsentRequest> found = requests.find(requestId);
        if (found.isEmpty() || !found.get().waitingOn(today())) {
            return Set.of();
        }
        ConsentRequest request = found.get();
        Set<Long> answeredGuardians = request.answerers().stream().filter(ConsentRequest.Answerer::answered)
                .map(ConsentRequest.Answerer::guardianId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        if (request.givenBy() == GivenBy.GUARDIANS) {
            return requests.guardians(request.childId()).stream()
                    .filter(g -> g.parentalResponsibility() && g.identityNumber() != null
                            && !answeredGuardians.contains(g.id()))
                    .map(Guardian::identityNumber).collect(Collectors.toSet());
        }
        boolean youngPersonAnswered = request.answerers().stream()
                .anyMatch(a -> a.guardianId() == null && a.answered());
        String number = requests.child(request.childId()).identityNumber();
        return youngPersonAnswered || number == null ? Set.of() : Set.of(number);
    }

    // ---- the family's side: the caller has decided access through FamilyDoor ----

    /** What the family's consent page shows: the requests and the consents that are this member's to see. */
    public record FamilyView(List<ConsentRequest> requests, List<Consent> consents, Set<Long> answeredByMember) {}

    /**
     * The child's requests and consents as this member may see them (see the class comment). Three statements for
     * the requests, two for the consents and one for the member's own answers, however many there are. The caller has decided access through
     * {@code FamilyDoor.require(member, childId, BASIC, READ, ...)}; {@code child} is what it returned.
     */
    public FamilyView forFamily(FamilyMember member, FamilyChild child) {
        List<ConsentRequest> asked = requests.forChild(child.childId()).stream()
                .filter(r -> sees(child, r.givenBy())).toList();
        List<Consent> given = consents.forChild(child.childId()).stream()
                .filter(c -> sees(child, c.givenBy())).toList();
        return new FamilyView(asked, given, Set.copyOf(requests.answeredBy(member.memberId(), child.childId())));
    }

    /** One request the member may answer (or has answered). The caller has decided access through FamilyDoor. */
    public ConsentRequest requestForFamily(FamilyMember member, FamilyChild child, long requestId) {
        return requests.find(requestId).filter(r -> r.childId() == child.childId() && answers(child, r.givenBy()))
                .orElseThrow(() -> new FamilyAccessRefusedException(Reason.FAMILY_NOT_ENTITLED));
    }

    /** One consent the member may withdraw. The caller has decided access through FamilyDoor. */
    public Consent consentForFamily(FamilyMember member, FamilyChild child, long consentId) {
        return consents.find(consentId).filter(c -> c.childId() == child.childId() && answers(child, c.givenBy()))
                .orElseThrow(() -> new FamilyAccessRefusedException(Reason.FAMILY_NOT_ENTITLED));
    }

    /**
     * The form of one consent the family's consents page shows this member, as the accessible PDF the services keep, in
     * the language the member reads the pages in (any of the family's languages; bokmål otherwise). Another child's
     * consent, one the member does not see, and a missing one are refused alike. The caller has decided access through
     * FamilyDoor.
     */
    public byte[] formPdfForFamily(FamilyMember member, FamilyChild child, long consentId, Locale language) {
        Consent consent = consents.find(consentId).filter(c -> c.childId() == child.childId() && sees(child, c.givenBy()))
                .orElseThrow(() -> new FamilyAccessRefusedException(Reason.FAMILY_NOT_ENTITLED));
        return formPdf.render(consent, requests.child(consent.childId()), requests.guardians(consent.childId()), language);
    }

    /** Whether the member answers (and withdraws) consents given so: guardians for GUARDIANS, the young person for YOUNG_PERSON. */
    public static boolean answers(FamilyChild child, GivenBy givenBy) {
        return child.relation() == FamilyRelation.GUARDIAN ? givenBy == GivenBy.GUARDIANS
                : givenBy == GivenBy.YOUNG_PERSON;
    }

    /** Whether the member sees consents given so: the young person every one, a guardian those given by GUARDIANS. */
    static boolean sees(FamilyChild child, GivenBy givenBy) {
        return child.relation() == FamilyRelation.YOUNG_PERSON || givenBy == GivenBy.GUARDIANS;
    }

    /**
     * A family member's answer to a request, given digitally with the assurance level of their login. The caller has
     * decided access through {@code FamilyDoor.require(member, childId, BASIC, WRITE, ...)}; {@code child} is what it
     * returned. A "no" decides the request at once and is recorded as a refusal; a "yes" (all or part) decides it when
     * everyone who must answer has, as a consent holding what all of them granted (or a refusal when nothing is common).
     * A consent recorded here is published as {@link ConsentRecorded}, like one an employee records.
     */
    @Transactional
    public ConsentRequest answer(FamilyMember member, FamilyChild child, long requestId, AnswerConsentRequest command) {
        requests.lock(requestId);
        ConsentRequest request = requestForFamily(member, child, requestId);
        LocalDate today = today();
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Guardian> guardian = child.relation() == FamilyRelation.GUARDIAN
                ? requests.guardianOf(child.childId(), member.identityNumber()) : Optional.empty();
        if (child.relation() == FamilyRelation.GUARDIAN && guardian.isEmpty()) {
            throw new FamilyAccessRefusedException(Reason.FAMILY_NOT_ENTITLED);
        }
        if (request.consentId() != null) {
            problems.add(new FieldProblem("answer", "family.consent.answer.decided"));
        } else if (request.validTo().isBefore(today)) {
            problems.add(new FieldProblem("answer", "family.consent.answer.period-ended"));
        } else if (requests.answered(requestId, member.memberId())) {
            problems.add(new FieldProblem("answer", "family.consent.answer.already"));
        }
        List<Long> granted = command.answer() == null ? List.of() : switch (command.answer()) {
            case ALL -> request.grants().stream().map(ConsentRequest.Asked::id).toList();
            case REFUSE -> List.of();
            case PART -> part(request, command, problems);
        };
        if (command.answer() == null) {
            problems.add(new FieldProblem("answer", "family.consent.answer.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime now = now();
        requests.insertAnswer(requestId, member.memberId(), guardian.map(Guardian::id).orElse(null),
                command.answer().name(), command.comment(), member.assurance(), now, granted);
        log.info("Consent request {}: a family member answered {}", requestId, command.answer());
        ConsentRequest answered = requests.find(requestId).orElseThrow();
        decideIfAnswered(answered, command.answer() == AnswerConsentRequest.Answer.REFUSE, today, now);
        return requests.find(requestId).orElseThrow();
    }

    private List<Long> part(ConsentRequest request, AnswerConsentRequest command, List<FieldProblem> problems) {
        Set<String> categories = command.categories().stream().map(Enum::name).collect(Collectors.toSet());
        Set<String> receivers = Set.copyOf(command.receivers());
        Set<String> askedCategories = request.grants().stream().map(a -> a.category().name()).collect(Collectors.toSet());
        Set<String> askedReceivers = request.grants().stream().map(ConsentRequest.Asked::receiverKey)
                .collect(Collectors.toSet());
        if (categories.isEmpty()) {
            problems.add(new FieldProblem("categories", "family.consent.categories.required"));
        } else if (!askedCategories.containsAll(categories)) {
            problems.add(new FieldProblem("categories", "family.consent.categories.unknown"));
        }
        if (receivers.isEmpty()) {
            problems.add(new FieldProblem("receivers", "family.consent.receivers.required"));
        } else if (!askedReceivers.containsAll(receivers)) {
            problems.add(new FieldProblem("receivers", "family.consent.receivers.unknown"));
        }
        return request.grants().stream()
                .filter(a -> categories.contains(a.category().name()) && receivers.contains(a.receiverKey()))
                .map(ConsentRequest.Asked::id).toList();
    }

    private void decideIfAnswered(ConsentRequest request, boolean refusedNow, LocalDate today, OffsetDateTime now) {
        List<ConsentRequest.Answerer> answerers = request.answerers();
        boolean everyone = answerers.stream().allMatch(ConsentRequest.Answerer::answered);
        if (!refusedNow && !everyone) {
            return; // waits for the others with parental responsibility
        }
        List<ConsentRequest.Answerer> answered = answerers.stream().filter(ConsentRequest.Answerer::answered).toList();
        Set<Long> common = request.grants().stream().map(ConsentRequest.Asked::id).collect(Collectors.toSet());
        answered.forEach(a -> common.retainAll(a.grantIds()));
        boolean refusal = refusedNow || common.isEmpty();
        List<ConsentRepository.NewGrant> grants = request.grants().stream()
                .filter(a -> refusal || common.contains(a.id()))
                .map(a -> new ConsentRepository.NewGrant(a.category(), a.receiverUnitId(), a.receiverUnitType()))
                .toList();
        // who decided it: the one who said no, or everyone who said yes
        List<ConsentRequest.Answerer> deciders = refusedNow
                ? answered.stream().filter(a -> "REFUSE".equals(a.answer())).toList() : answered;
        List<Long> guardianIds = deciders.stream().map(ConsentRequest.Answerer::guardianId)
                .filter(java.util.Objects::nonNull).distinct().toList();
        String assurance = deciders.stream().map(ConsentRequest.Answerer::assurance)
                .max(Comparator.comparingInt(ConsentRequests::weakness)).orElseThrow();
        // a consent given today cannot reach back before today
        LocalDate from = request.validFrom().isBefore(today) ? today : request.validFrom();
        long requestedBy = requestedBy(request);
        long consentId = consents.insert(request.childId(), request.givenBy(), HowGiven.DIGITAL, null, request.purpose(),
                from, request.validTo(), refusal, requestedBy, request.requestedByUnitId(), now, guardianIds, grants);
        consents.setDigitalAssurance(consentId, assurance);
        requests.decide(request.id(), consentId, now);
        if (!refusal) {
            events.publishEvent(new ConsentGiven(consentId, request.childId(), request.requestedByUnitId(),
                    request.validTo()));
        }
        log.info("Consent request {} decided as consent {} ({} grants, refused: {})", request.id(), consentId,
                grants.size(), refusal);
        Consent recorded = consents.find(consentId).orElseThrow();
        Child child = requests.child(request.childId());
        events.publishEvent(new ConsentRecorded(consentId, request.childId(), child.fullName(), refusal,
                request.requestedByUnitId(), requestedBy, recorded.recordedAt(),
                formPdf.render(recorded, child, requests.guardians(request.childId()))));
    }

    private long requestedBy(ConsentRequest request) {
        return requests.requestedBy(request.id());
    }

    private static int weakness(String assurance) {
        int index = ASSURANCE.indexOf(assurance);
        return index < 0 ? ASSURANCE.size() : index;
    }

    /**
     * A withdrawal by the family, all of the consent (scope ALL) or the chosen grants (scope SOME): sharing stops from
     * this moment, and {@link ConsentWithdrawn} tells casework (which flags the relay-log cases that stood on it) and
     * the archive. Recorded with the family member (and their name as registered) as the one who withdrew; no
     * employee is named. The caller has decided access through {@code FamilyDoor.require(member, childId, BASIC,
     * WRITE, ...)}. Any one guardian with parental responsibility may withdraw a consent all of them had to give.
     */
    @Transactional
    public Consent withdraw(FamilyMember member, FamilyChild child, long consentId, WithdrawConsent command) {
        Consent consent = consentForFamily(member, child, consentId);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = today();
        Consent.Status status = consent.statusOn(today);
        if (status == Consent.Status.REFUSED || status == Consent.Status.WITHDRAWN || status == Consent.Status.EXPIRED) {
            problems.add(new FieldProblem("scope", "family.consent.withdraw.not-live"));
            throw new InvalidInputException(problems);
        }
        if (command.scope() == null) {
            problems.add(new FieldProblem("scope", "family.consent.withdraw.scope.required"));
        } else if (command.scope() == WithdrawConsent.Scope.SOME) {
            Consents.chosenGrants(consent, command, "family.consent.withdraw.grantIds", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Child registered = requests.child(consent.childId());
        String byName = child.relation() == FamilyRelation.GUARDIAN
                ? requests.guardianOf(consent.childId(), member.identityNumber()).map(Guardian::name)
                        .orElseThrow(() -> new FamilyAccessRefusedException(Reason.FAMILY_NOT_ENTITLED))
                : registered.fullName();
        OffsetDateTime now = now();
        boolean all = command.scope() == WithdrawConsent.Scope.ALL;
        if (all) {
            consents.withdrawAllByFamily(consentId, byName, member.memberId(), now);
        } else {
            consents.withdrawGrantsByFamily(consentId, command.grantIds(), byName, member.memberId(), now);
        }
        log.info("Consent {} withdrawn by the family ({})", consentId,
                all ? "all" : command.grantIds().size() + " grants");
        Consent after = consents.find(consentId).orElseThrow();
        if (after.statusOn(today) == Consent.Status.WITHDRAWN) {
            events.publishEvent(new ConsentWithdrawnInFull(consentId, consent.childId()));
        }
        events.publishEvent(new ConsentWithdrawn(consentId, consent.childId(), registered.fullName(),
                consent.recordedByUnitId(), consent.recordedBy(), now,
                formPdf.render(after, registered, requests.guardians(consent.childId())), member.memberId()));
        return after;
    }

    private static List<FieldProblem> order(List<FieldProblem> problems) {
        List<String> fields = List.of("givenBy", "purpose", "categories", "receiverUnitIds", "receiverUnitTypes",
                "validFrom", "validTo");
        return problems.stream().sorted(Comparator.comparingInt(p -> {
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
