package no.laget.agreement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import no.laget.access.AccessDoor;
import no.laget.agreement.AgreementEvaluated;
import no.laget.deadline.DeadlineRequest;
import no.laget.deadline.Deadlines;
import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.Anonymity;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldProblems;
import no.laget.platform.validation.FieldRules;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cooperation agreements between services: parties, period, routines, the meetings promised per year and those
 * held (with minutes that hold no child data), and the annual evaluation, before which the staff of the parties
 * give their experience. The deadline engine reminds each party unit of the next meeting of each kind due
 * (AGREEMENT_MEETING), of the input ({@link #INPUT_DAYS_BEFORE} days before the evaluation, AGREEMENT_INPUT) and
 * of the evaluation (AGREEMENT_EVALUATION). Only employees of the parties see an agreement.
 */
@Service
public class Agreements {

    public static final String MEETING_KIND = "AGREEMENT_MEETING";
    public static final String INPUT_KIND = "AGREEMENT_INPUT";
    public static final String EVALUATION_KIND = "AGREEMENT_EVALUATION";
    public static final int INPUT_DAYS_BEFORE = 30;

    private static final Logger log = LoggerFactory.getLogger(Agreements.class);

    private final AgreementRepository repository;
    private final Deadlines deadlines;
    private final Organisation organisation;
    private final Clock clock;
    private final AgreementPdf pdf;
    private final ApplicationEventPublisher events;

    Agreements(AgreementRepository repository, Deadlines deadlines, Organisation organisation, Clock clock, AgreementPdf pdf,
            ApplicationEventPublisher events) {
        this.pdf = pdf;
        this.events = events;
        this.repository = repository;
        this.deadlines = deadlines;
        this.organisation = organisation;
        this.clock = clock;
    }

    public List<AgreementSummary> list(SignedInUser user) {
        requireEmployee(user);
        Map<Long, List<String>> parties = repository.partiesOfAgreementsOf(user.unitId()).stream()
                .collect(Collectors.groupingBy(AgreementRepository.PartyRow::agreementId,
                        Collectors.mapping(AgreementRepository.PartyRow::unitName, Collectors.toList())));
        return repository.agreementsOf(user.unitId()).stream()
                .map(a -> new AgreementSummary(a.id(), a.title(), a.validFrom(), a.validTo(),
                        parties.getOrDefault(a.id(), List.of()), a.evaluationDueOn()))
                .toList();
    }

    public Agreement get(SignedInUser user, long id) {
        AgreementRepository.Head head = headFor(user, id);
        List<AgreementRepository.PartyRow> parties = repository.parties(id);
        List<Agreement.Meeting> meetings = repository.meetings(id);
        List<Agreement.Input> inputs = repository.inputs(id, head.evaluationDueOn());
        return new Agreement(head.id(), head.title(), head.validFrom(), head.validTo(), head.cooperationPerYear(),
                head.anonymousPerYear(), head.evaluationDueOn(), inputDue(head.evaluationDueOn()),
                parties.stream().map(p -> new Agreement.Party(p.partyId(), p.unitId(), p.unitName())).toList(),
                repository.routines(id), meetings,
                next(head, last(meetings, MeetingKind.COOPERATION), head.cooperationPerYear()),
                next(head, last(meetings, MeetingKind.ANONYMOUS), head.anonymousPerYear()),
                inputs, repository.evaluations(id),
                inputs.stream().anyMatch(i -> i.employeeId() == user.employeeId()));
    }

    @Transactional
    public long create(SignedInUser user, AgreementForm form) {
        requireEmployee(user);
        List<FieldProblem> problems = new ArrayList<>();
        FieldRules.text(problems, "title", form.title(), 200, "nav.agreement.title");
        Map<Long, Unit> units = organisation.unitsById();
        Set<Long> parties = new LinkedHashSet<>();
        for (String value : form.partyUnitIds()) {
            Optional<Long> id = FieldProblems.parseNumber(value).filter(u -> units.containsKey(u) && units.get(u).active());
            if (id.isEmpty()) {
                problems.add(new FieldProblem("partyUnitIds", "nav.agreement.partyUnitIds.unknown"));
                break;
            }
            parties.add(id.get());
        }
        if (problems.stream().noneMatch(p -> p.field().equals("partyUnitIds"))) {
            if (parties.size() < 2) {
                problems.add(new FieldProblem("partyUnitIds", "nav.agreement.partyUnitIds.two"));
            } else if (!parties.contains(user.unitId())) {
                problems.add(new FieldProblem("partyUnitIds", "nav.agreement.partyUnitIds.own-unit"));
            }
        }
        Optional<LocalDate> from = FieldRules.date(problems, "validFrom", form.validFrom(), "nav.agreement.validFrom");
        Optional<LocalDate> to = optionalDate(problems, "validTo", form.validTo(), "nav.agreement.validTo");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            problems.add(new FieldProblem("validTo", "nav.agreement.validTo.before-start"));
        }
        Integer cooperation = perYear(problems, "cooperationMeetingsPerYear", form.cooperationMeetingsPerYear());
        Integer anonymous = perYear(problems, "anonymousMeetingsPerYear", form.anonymousMeetingsPerYear());
        List<String> routines = form.routines() == null ? List.of() : form.routines().lines().map(String::trim)
                .filter(line -> !line.isEmpty()).toList();
        if (routines.stream().anyMatch(line -> line.length() > 2000)) {
            problems.add(new FieldProblem("routines", "nav.agreement.routines.too-long"));
        } else if (routines.stream().anyMatch(Agreements::identityLike)) {
            problems.add(new FieldProblem("routines", "nav.agreement.routines.identity-number"));
        }
        Optional<LocalDate> firstEvaluation = optionalDate(problems, "firstEvaluationOn",
                form.firstEvaluationOn(), "nav.agreement.firstEvaluationOn");
        if (firstEvaluation.isPresent() && from.isPresent() && firstEvaluation.get().isBefore(from.get())) {
            problems.add(new FieldProblem("firstEvaluationOn", "nav.agreement.firstEvaluationOn.before-start"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repository.insert(form.title().trim(), from.orElseThrow(), to.orElse(null), cooperation, anonymous,
                firstEvaluation.orElse(from.orElseThrow().plusYears(1)), user.employeeId(), now());
        parties.forEach(unit -> repository.insertParty(id, unit));
        for (int i = 0; i < routines.size(); i++) {
            repository.insertRoutine(id, i + 1, routines.get(i));
        }
        schedule(id);
        log.info("Agreement {} created by unit {} with {} parties", id, user.unitId(), parties.size());
        return id;
    }

    @Transactional
    public long recordMeeting(SignedInUser user, long id, MeetingForm form) {
        AgreementRepository.Head head = headFor(user, id);
        List<FieldProblem> problems = new ArrayList<>();
        MeetingKind kind = MeetingKind.COOPERATION.name().equals(form.kind()) ? MeetingKind.COOPERATION
                : MeetingKind.ANONYMOUS.name().equals(form.kind()) ? MeetingKind.ANONYMOUS : null;
        if (kind == null) {
            problems.add(new FieldProblem("kind", "nav.meeting.kind.required"));
        }
        Optional<LocalDate> heldOn = FieldRules.date(problems, "heldOn", form.heldOn(), "nav.meeting.heldOn");
        if (heldOn.filter(day -> day.isAfter(today())).isPresent()) {
            problems.add(new FieldProblem("heldOn", "nav.meeting.heldOn.future"));
        } else if (heldOn.filter(day -> day.isBefore(head.validFrom())).isPresent()) {
            problems.add(new FieldProblem("heldOn", "nav.meeting.heldOn.before-agreement"));
        }
        noChildData(problems, "minutes", form.minutes(), 10000, "nav.meeting.minutes");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long meeting = repository.insertMeeting(id, kind, heldOn.orElseThrow(), form.minutes().trim(),
                user.employeeId(), now());
        schedule(id);
        log.info("Agreement {} meeting {} recorded by unit {}", id, meeting, user.unitId());
        return meeting;
    }

    /** An employee's input before this year's evaluation; giving it again replaces the first. */
    @Transactional
    public void giveInput(SignedInUser user, long id, InputForm form) {
        AgreementRepository.Head head = headFor(user, id);
        List<FieldProblem> problems = new ArrayList<>();
        noChildData(problems, "text", form.text(), 4000, "nav.input.text");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        repository.upsertInput(id, head.evaluationDueOn(), user.employeeId(), user.unitId(), form.text().trim(), now());
        log.info("Agreement {}: input given by an employee of unit {}", id, user.unitId());
    }

    /** The annual evaluation; the next one falls due a year later, and the staff are asked again before it. */
    @Transactional
    public void recordEvaluation(SignedInUser user, long id, EvaluationForm form) {
        AgreementRepository.Head head = headFor(user, id);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<LocalDate> on = FieldRules.date(problems, "evaluatedOn", form.evaluatedOn(), "nav.evaluation.evaluatedOn");
        if (on.filter(day -> day.isAfter(today())).isPresent()) {
            problems.add(new FieldProblem("evaluatedOn", "nav.evaluation.evaluatedOn.future"));
        }
        noChildData(problems, "summary", form.summary(), 10000, "nav.evaluation.summary");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // The evaluation as recorded, with the agreement and this round's input, rendered once for the archive.
        Agreement agreement = get(user, id);
        OffsetDateTime now = now();
        String recordedBy = organisation.employee(user.employeeId()).map(e -> e.displayName()).orElse("");
        byte[] document = pdf.agreementEvaluation(agreement, agreement.inputs(), head.evaluationDueOn(), on.orElseThrow(),
                form.summary().trim(), recordedBy, now);
        repository.insertEvaluation(id, head.evaluationDueOn(), on.orElseThrow(), form.summary().trim(),
                user.employeeId(), on.orElseThrow().plusYears(1), now);
        events.publishEvent(new AgreementEvaluated(id, head.title(), agreement.parties().stream()
                .map(Agreement.Party::unitId).toList(), user.unitId(), user.employeeId(), now, on.orElseThrow(), document));
        schedule(id);
        log.info("Agreement {} evaluated, recorded by unit {}", id, user.unitId());
    }

    /** The next meeting of a kind: a year divided by the promised number after the last one (or the start). */
    public static LocalDate nextMeeting(LocalDate start, LocalDate lastHeld, int perYear) {
        if (perYear <= 0) {
            return null;
        }
        LocalDate base = lastHeld != null && lastHeld.isAfter(start) ? lastHeld : start;
        return 12 % perYear == 0 ? base.plusMonths(12 / perYear) : base.plusDays(365 / perYear);
    }

    public static LocalDate inputDue(LocalDate evaluationDue) {
        return evaluationDue.minusDays(INPUT_DAYS_BEFORE);
    }

    private void schedule(long id) {
        AgreementRepository.Head head = repository.agreement(id).orElseThrow();
        LocalDate cooperation = next(head, repository.lastMeeting(id, MeetingKind.COOPERATION).orElse(null),
                head.cooperationPerYear());
        LocalDate anonymous = next(head, repository.lastMeeting(id, MeetingKind.ANONYMOUS).orElse(null),
                head.anonymousPerYear());
        for (AgreementRepository.PartyRow party : repository.parties(id)) {
            String link = "/nav/avtaler/" + id;
            duty(head, MEETING_KIND, "nav_agreement_coop", party, cooperation, link);
            duty(head, MEETING_KIND, "nav_agreement_anon", party, anonymous, link);
            duty(head, INPUT_KIND, "nav_agreement_input", party, inputDue(head.evaluationDueOn()), link + "/innspill");
            duty(head, EVALUATION_KIND, "nav_agreement_eval", party, head.evaluationDueOn(), link + "/evaluering");
        }
    }

    private void duty(AgreementRepository.Head head, String kind, String source, AgreementRepository.PartyRow party,
            LocalDate due, String link) {
        if (due == null || (head.validTo() != null && due.isAfter(head.validTo()))) {
            deadlines.complete(source, party.partyId(), kind);
            return;
        }
        deadlines.schedule(new DeadlineRequest(kind, source, party.partyId(), null, party.unitId(), null, due,
                due.minusDays(14), link));
    }

    private static LocalDate next(AgreementRepository.Head head, LocalDate last, int perYear) {
        return nextMeeting(head.validFrom(), last, perYear);
    }

    private static LocalDate last(List<Agreement.Meeting> meetings, MeetingKind kind) {
        return meetings.stream().filter(m -> m.kind() == kind).map(Agreement.Meeting::heldOn)
                .max(LocalDate::compareTo).orElse(null);
    }

    private AgreementRepository.Head headFor(SignedInUser user, long id) {
        requireEmployee(user);
        AgreementRepository.Head head = repository.agreement(id).orElseThrow(() -> new NotFoundException("agreement"));
        if (repository.parties(id).stream().noneMatch(p -> p.unitId() == user.unitId())) {
            throw new AgreementRefusedException("nav.refused.not-party");
        }
        return head;
    }

    private static void requireEmployee(SignedInUser user) {
        if (!user.worksWithChildren()) {
            throw new AgreementRefusedException("nav.refused.employees-only");
        }
    }

    private static void noChildData(List<FieldProblem> problems, String field, String text, int max, String prefix) {
        if (FieldRules.text(problems, field, text, max, prefix) && identityLike(text)) {
            problems.add(new FieldProblem(field, prefix + ".identity-number"));
        }
    }

    private static Integer perYear(List<FieldProblem> problems, String field, String typed) {
        if (FieldRules.blank(typed)) {
            problems.add(new FieldProblem(field, "nav.agreement." + field + ".required"));
            return null;
        }
        try {
            int value = Integer.parseInt(typed.trim());
            if (value < 0 || value > 52) {
                problems.add(new FieldProblem(field, "nav.agreement." + field + ".range"));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "nav.agreement." + field + ".malformed"));
            return null;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    /** Eleven digits in a row (also 6 + 5 with a space, dot or dash) look like an identity number and are refused. */
    private static boolean identityLike(String text) {
        return Anonymity.check(text).filter(Anonymity.Finding.IDENTITY_NUMBER::equals).isPresent();
    }

    private static Optional<LocalDate> optionalDate(List<FieldProblem> problems, String field, String typed, String prefix) {
        return FieldRules.blank(typed) ? Optional.empty() : FieldRules.date(problems, field, typed, prefix);
    }
}
