package no.laget.emergency.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.laget.deadline.DeadlineRequest;
import no.laget.deadline.Deadlines;
import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;
import no.laget.organisation.UnitType;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.Anonymity;
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
 * The emergency help card (kronekort, Halden's agreement section 6): child welfare may spend up to
 * {@code laget.nav.emergency-limit} per emergency on NAV's behalf, records the use with its receipt, tells NAV,
 * and NAV records its decision. A use without a decision three working days after it is overdue and is a duty
 * of the NAV unit in the deadline engine. Only employees of the card's two units see the ledger.
 */
@Service
public class EmergencyLedger {

    public static final String DECISION_KIND = "EMERGENCY_DECISION";
    public static final String USE_SOURCE = "nav_emergency_use";
    public static final int DECISION_WORKING_DAYS = 3;

    private static final Logger log = LoggerFactory.getLogger(EmergencyLedger.class);

    private final EmergencyRepository repository;
    private final Deadlines deadlines;
    private final Organisation organisation;
    private final Clock clock;
    private final BigDecimal limit;
    private final BigDecimal lowBalance;

    EmergencyLedger(EmergencyRepository repository, Deadlines deadlines, Organisation organisation, Clock clock,
            @Value("${laget.nav.emergency-limit:1500}") BigDecimal limit,
            @Value("${laget.nav.low-balance:5000}") BigDecimal lowBalance) {
        if (limit.signum() <= 0 || lowBalance.signum() < 0) {
            throw new IllegalStateException("laget.nav.emergency-limit must be above 0 and laget.nav.low-balance not negative");
        }
        this.repository = repository;
        this.deadlines = deadlines;
        this.organisation = organisation;
        this.clock = clock;
        this.limit = limit;
        this.lowBalance = lowBalance;
    }

    public BigDecimal limit() {
        return limit;
    }

    /** The cards the user's unit holds or funds. Refused for anyone but child welfare and NAV staff. */
    public List<EmergencyCard> cards(SignedInUser user) {
        Staff.requireChildWelfareOrNav(user);
        return repository.cardsOf(user.unitId());
    }

    public EmergencyLedgerView ledger(SignedInUser user, long cardId) {
        EmergencyCard card = cardFor(user, cardId);
        return new EmergencyLedgerView(card, repository.uses(cardId, EmergencyLedger::decisionDue),
                repository.topUps(cardId), today(), limit, lowBalance,
                Staff.childWelfare(user) && card.childWelfareUnitId() == user.unitId(),
                Staff.nav(user) && card.navUnitId() == user.unitId());
    }

    public EmergencyUse use(SignedInUser user, long useId) {
        EmergencyUse use = repository.use(useId, EmergencyLedger::decisionDue)
                .orElseThrow(() -> new NotFoundException("emergency use"));
        cardFor(user, use.cardId());
        return use;
    }

    /** NAV opens a card for a child welfare unit. */
    @Transactional
    public long openCard(SignedInUser user, EmergencyCardForm form) {
        Staff.requireNav(user);
        List<FieldProblem> problems = new ArrayList<>();
        FieldRules.text(problems, "name", form.name(), 100, "nav.card.name");
        Optional<Unit> unit = number(form.childWelfareUnitId()).flatMap(organisation::unit)
                .filter(u -> u.active() && u.type() == UnitType.CHILD_WELFARE);
        if (unit.isEmpty()) {
            problems.add(new FieldProblem("childWelfareUnitId", "nav.card.childWelfareUnitId.required"));
        } else if (repository.cardExists(unit.get().id(), user.unitId())) {
            problems.add(new FieldProblem("childWelfareUnitId", "nav.card.childWelfareUnitId.exists"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repository.insertCard(form.name().trim(), unit.orElseThrow().id(), user.unitId(), now());
        log.info("Emergency card {} opened by unit {}", id, user.unitId());
        return id;
    }

    /**
     * Child welfare records a use. Refused, each with its own message: a missing or bad date, a date ahead, no
     * recipient or one holding an identity number, no purpose, an amount missing, zero or negative or above the
     * limit, no receipt, and a day NAV was told before the use.
     */
    @Transactional
    public long recordUse(SignedInUser user, long cardId, EmergencyUseForm form) {
        EmergencyCard card = cardFor(user, cardId);
        if (!Staff.childWelfare(user) || card.childWelfareUnitId() != user.unitId()) {
            throw new EmergencyRefusedException("nav.refused.child-welfare-only");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Optional<LocalDate> usedOn = FieldRules.date(problems, "usedOn", form.usedOn(), "nav.use.usedOn");
        if (usedOn.filter(day -> day.isAfter(today())).isPresent()) {
            problems.add(new FieldProblem("usedOn", "nav.use.usedOn.future"));
        }
        if (FieldRules.text(problems, "recipientRef", form.recipientRef(), 100, "nav.use.recipientRef")
                && identityLike(form.recipientRef())) {
            problems.add(new FieldProblem("recipientRef", "nav.use.recipientRef.identity-number"));
        }
        FieldRules.text(problems, "purpose", form.purpose(), 500, "nav.use.purpose");
        Optional<BigDecimal> amount = Amounts.positive(problems, "amount", form.amount(), "nav.use.amount");
        if (amount.filter(a -> a.compareTo(limit) > 0).isPresent()) {
            problems.add(new FieldProblem("amount", "nav.use.amount.above-limit"));
        }
        FieldRules.text(problems, "receiptRef", form.receiptRef(), 100, "nav.use.receiptRef");
        Optional<LocalDate> informedOn = optionalDate(problems, "navInformedOn", form.navInformedOn(),
                "nav.use.navInformedOn");
        checkInformed(problems, usedOn, informedOn, "navInformedOn");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repository.insertUse(cardId, usedOn.orElseThrow(), form.recipientRef().trim(), form.purpose().trim(),
                amount.orElseThrow(), form.receiptRef().trim(), informedOn.orElse(null), user.employeeId(), now());
        deadlines.schedule(new DeadlineRequest(DECISION_KIND, USE_SOURCE, id, null, card.navUnitId(), null,
                decisionDue(usedOn.orElseThrow()), usedOn.orElseThrow(), "/nav/kronekort/bruk/" + id + "/vedtak"));
        log.info("Emergency card {} used (use {}) by unit {}", cardId, id, user.unitId());
        return id;
    }

    /** Child welfare records the day it told NAV, if it did not when recording the use. */
    @Transactional
    public void recordInformed(SignedInUser user, long useId, EmergencyInformedForm form) {
        EmergencyUse use = use(user, useId);
        EmergencyCard card = repository.card(use.cardId()).orElseThrow();
        if (!Staff.childWelfare(user) || card.childWelfareUnitId() != user.unitId()) {
            throw new EmergencyRefusedException("nav.refused.child-welfare-only");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Optional<LocalDate> informedOn = FieldRules.date(problems, "informedOn", form.informedOn(),
                "nav.use.navInformedOn");
        checkInformed(problems, Optional.of(use.usedOn()), informedOn, "informedOn");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        repository.informed(useId, informedOn.orElseThrow());
        log.info("Emergency use {}: NAV informed, recorded by unit {}", useId, user.unitId());
    }

    /** NAV decides. The decision date is not before the use nor ahead of today; a use is decided once. */
    @Transactional
    public void decide(SignedInUser user, long useId, EmergencyDecisionForm form) {
        EmergencyUse use = use(user, useId);
        EmergencyCard card = repository.card(use.cardId()).orElseThrow();
        if (!Staff.nav(user) || card.navUnitId() != user.unitId()) {
            throw new EmergencyRefusedException("nav.refused.nav-only");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (use.decision() != null) {
            problems.add(new FieldProblem("decision", "nav.decision.decision.already"));
            throw new InvalidInputException(problems);
        }
        EmergencyDecision decision = EmergencyDecision.APPROVED.name().equals(form.decision()) ? EmergencyDecision.APPROVED
                : EmergencyDecision.REJECTED.name().equals(form.decision()) ? EmergencyDecision.REJECTED : null;
        if (decision == null) {
            problems.add(new FieldProblem("decision", "nav.decision.decision.required"));
        }
        Optional<LocalDate> decidedOn = FieldRules.date(problems, "decidedOn", form.decidedOn(), "nav.decision.decidedOn");
        if (decidedOn.filter(day -> day.isBefore(use.usedOn())).isPresent()) {
            problems.add(new FieldProblem("decidedOn", "nav.decision.decidedOn.before-use"));
        } else if (decidedOn.filter(day -> day.isAfter(today())).isPresent()) {
            problems.add(new FieldProblem("decidedOn", "nav.decision.decidedOn.future"));
        }
        FieldRules.optionalText(problems, "note", form.note(), 500, "nav.decision.note");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        repository.decide(useId, decision, decidedOn.orElseThrow(), FieldRules.trimToNull(form.note()),
                user.employeeId(), now());
        deadlines.complete(USE_SOURCE, useId, DECISION_KIND);
        log.info("Emergency use {} decided ({}) by unit {}", useId, decision, user.unitId());
    }

    /** NAV puts money on the card. */
    @Transactional
    public long topUp(SignedInUser user, long cardId, TopUpForm form) {
        EmergencyCard card = cardFor(user, cardId);
        if (!Staff.nav(user) || card.navUnitId() != user.unitId()) {
            throw new EmergencyRefusedException("nav.refused.nav-only");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Optional<LocalDate> on = FieldRules.date(problems, "toppedUpOn", form.toppedUpOn(), "nav.topup.toppedUpOn");
        if (on.filter(day -> day.isAfter(today())).isPresent()) {
            problems.add(new FieldProblem("toppedUpOn", "nav.topup.toppedUpOn.future"));
        }
        Optional<BigDecimal> amount = Amounts.positive(problems, "amount", form.amount(), "nav.topup.amount");
        if (FieldRules.optionalText(problems, "note", form.note(), 200, "nav.topup.note") && identityLike(form.note())) {
            problems.add(new FieldProblem("note", "nav.topup.note.identity-number"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repository.insertTopUp(cardId, on.orElseThrow(), amount.orElseThrow(),
                FieldRules.trimToNull(form.note()), user.employeeId(), now());
        log.info("Emergency card {} topped up by unit {}", cardId, user.unitId());
        return id;
    }

    /** Three working days after the use: the day NAV's decision is due. */
    public static LocalDate decisionDue(LocalDate usedOn) {
        return WorkingDays.plus(usedOn, DECISION_WORKING_DAYS);
    }

    private EmergencyCard cardFor(SignedInUser user, long cardId) {
        Staff.requireChildWelfareOrNav(user);
        EmergencyCard card = repository.card(cardId).orElseThrow(() -> new NotFoundException("emergency card"));
        if (card.childWelfareUnitId() != user.unitId() && card.navUnitId() != user.unitId()) {
            throw new EmergencyRefusedException("nav.refused.not-party");
        }
        return card;
    }

    private void checkInformed(List<FieldProblem> problems, Optional<LocalDate> usedOn, Optional<LocalDate> informedOn,
            String field) {
        if (informedOn.isEmpty()) {
            return;
        }
        if (usedOn.isPresent() && informedOn.get().isBefore(usedOn.get())) {
            problems.add(new FieldProblem(field, "nav.use.navInformedOn.before-use"));
        } else if (informedOn.get().isAfter(today())) {
            problems.add(new FieldProblem(field, "nav.use.navInformedOn.future"));
        }
    }

    static Optional<LocalDate> optionalDate(List<FieldProblem> problems, String field, String typed, String prefix) {
        if (FieldRules.blank(typed)) {
            return Optional.empty();
        }
        return FieldRules.date(problems, field, typed, prefix);
    }

    static Optional<Long> number(String typed) {
        try {
            return typed == null ? Optional.empty() : Optional.of(Long.valueOf(typed.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
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
}
