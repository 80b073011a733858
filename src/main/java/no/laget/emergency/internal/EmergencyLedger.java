package no.laget.emergency.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import no.laget.platform.security.NavCooperation;
import no.laget.emergency.EmergencyUseDecided;
import no.laget.emergency.EmergencyUseRecorded;
import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;
import no.laget.organisation.UnitType;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.Anonymity;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The emergency help card (kronekort, Halden's agreement section 6): child welfare may spend up to
 * {@code laget.nav.emergency-limit} per emergency on NAV's behalf, records the use with its receipt, tells NAV,
 * and NAV records its decision. A use without a decision three working days after it is overdue and is a duty
 * of the NAV unit in the deadline engine, which keeps it from this module's events. Only employees of the card's two units see the ledger.
 */
@Service
public class EmergencyLedger {

    public static final int DECISION_WORKING_DAYS = 3;

    private static final Logger log = LoggerFactory.getLogger(EmergencyLedger.class);

    private final EmergencyRepository repository;
    private final ApplicationEventPublisher events;
    private final Organisation organisation;
    private final Clock clock;
    private final BigDecimal limit;
    private final BigDecimal lowBalance;

    EmergencyLedger(EmergencyRepository repository, ApplicationEventPublisher events, Organisation organisation, Clock clock,
            @Value("${laget.nav.emergency-limit:1500}") BigDecimal limit,
            @Value("${laget.nav.low-balance:5000}") BigDecimal lowBalance) {
        if (limit.signum() <= 0 || lowBalance.signum() < 0) {
            throw new IllegalStateException("laget.nav.emergency-limit must be above 0 and laget.nav.low-balance not negative");
        }
        this.repository = repository;
        this.events = events;
        this.organisation = organisation;
        this.clock = clock;
        this.limit = limit;
        this.lowBalance = lowBalance;
    }

    /** The most one use may spend, for {@link RecordUse#read}. */
    public BigDecimal limit() {
        return limit;
    }

    /** The cards the user's unit holds or funds. Refused for anyone but child welfare and NAV staff. */
    public List<EmergencyCard> cards(SignedInUser user) {
        NavCooperation.requireChildWelfareOrNav(user);
        return repository.cardsOf(user.unitId());
    }

    public EmergencyLedgerView ledger(SignedInUser user, long cardId) {
        EmergencyCard card = cardFor(user, cardId);
        return new EmergencyLedgerView(card, repository.uses(cardId, EmergencyLedger::decisionDue),
                repository.topUps(cardId), today(), limit, lowBalance,
                holder(user, card), funder(user, card));
    }

    public EmergencyUse use(SignedInUser user, long useId) {
        EmergencyUse use = repository.use(useId, EmergencyLedger::decisionDue)
                .orElseThrow(() -> new NotFoundException("emergency use"));
        cardFor(user, use.cardId());
        return use;
    }

    /**
     * NAV opens a card for a child welfare unit: an active child welfare unit of NAV's own municipality that has no
     * card from NAV's unit yet.
     */
    @Transactional
    public long openCard(SignedInUser user, OpenCard command) {
        NavCooperation.requireNav(user);
        Optional<Unit> unit = organisation.unit(command.childWelfareUnitId())
                .filter(u -> u.active() && u.type() == UnitType.CHILD_WELFARE);
        if (unit.isEmpty()) {
            throw new InvalidInputException(List.of(
                    new FieldProblem("childWelfareUnitId", "nav.card.childWelfareUnitId.required")));
        }
        // the form offers only this municipality's units; a crafted request must not open a card for another's
        if (organisation.municipalityOf(unit.get().id()) != organisation.municipalityOf(user.unitId())) {
            throw new InvalidInputException(List.of(
                    new FieldProblem("childWelfareUnitId", "nav.card.childWelfareUnitId.other-municipality")));
        }
        if (repository.cardExists(unit.get().id(), user.unitId())) {
            throw new InvalidInputException(List.of(
                    new FieldProblem("childWelfareUnitId", "nav.card.childWelfareUnitId.exists")));
        }
        long id = repository.insertCard(command.name(), unit.get().id(), user.unitId(), now());
        log.info("Emergency card {} opened by unit {}", id, user.unitId());
        return id;
    }

    /**
     * Child welfare records a use ({@link RecordUse#read} has checked each field; the limit is {@link #limit()}), with
     * NAV's decision due three working days later as a duty of the NAV unit.
     */
    @Transactional
    public long recordUse(SignedInUser user, long cardId, RecordUse command) {
        EmergencyCard card = cardFor(user, cardId);
        requireHolder(user, card);
        long id = repository.insertUse(cardId, command.usedOn(), command.recipientRef(), command.purpose(),
                command.amount(), command.receiptRef(), command.navInformedOn(), user.employeeId(), now());
        events.publishEvent(new EmergencyUseRecorded(id, cardId, card.navUnitId(), command.usedOn(),
                decisionDue(command.usedOn())));
        log.info("Emergency card {} used (use {}) by unit {}", cardId, id, user.unitId());
        return id;
    }

    /** Child welfare records the day it told NAV, if it did not when recording the use; not before the use. */
    @Transactional
    public void recordInformed(SignedInUser user, long useId, RecordInformed command) {
        EmergencyUse use = use(user, useId);
        EmergencyCard card = repository.card(use.cardId()).orElseThrow();
        requireHolder(user, card);
        if (command.informedOn().isBefore(use.usedOn())) {
            throw new InvalidInputException(List.of(new FieldProblem("informedOn", "nav.use.navInformedOn.before-use")));
        }
        repository.informed(useId, command.informedOn());
        log.info("Emergency use {}: NAV informed, recorded by unit {}", useId, user.unitId());
    }

    /** NAV decides. The decision date is not before the use; a use is decided once. */
    @Transactional
    public void decide(SignedInUser user, long useId, DecideUse command) {
        EmergencyUse use = use(user, useId);
        EmergencyCard card = repository.card(use.cardId()).orElseThrow();
        requireFunder(user, card);
        if (use.decision() != null) {
            throw new InvalidInputException(List.of(new FieldProblem("decision", "nav.decision.decision.already")));
        }
        if (command.decidedOn().isBefore(use.usedOn())) {
            throw new InvalidInputException(List.of(new FieldProblem("decidedOn", "nav.decision.decidedOn.before-use")));
        }
        repository.decide(useId, command.decision(), command.decidedOn(), command.note(), user.employeeId(), now());
        events.publishEvent(new EmergencyUseDecided(useId, card.id(), card.navUnitId(), command.decidedOn()));
        log.info("Emergency use {} decided ({}) by unit {}", useId, command.decision(), user.unitId());
    }

    /** NAV puts money on the card. */
    @Transactional
    public long topUp(SignedInUser user, long cardId, TopUp command) {
        EmergencyCard card = cardFor(user, cardId);
        requireFunder(user, card);
        long id = repository.insertTopUp(cardId, command.toppedUpOn(), command.amount(), command.note(),
                user.employeeId(), now());
        log.info("Emergency card {} topped up by unit {}", cardId, user.unitId());
        return id;
    }

    /** Three working days after the use: the day NAV's decision is due. */
    public static LocalDate decisionDue(LocalDate usedOn) {
        return WorkingDays.plus(usedOn, DECISION_WORKING_DAYS);
    }

    /** Whether the user works in the card's own child welfare unit, which records the uses and tells NAV. */
    private static boolean holder(SignedInUser user, EmergencyCard card) {
        return NavCooperation.childWelfare(user) && card.childWelfareUnitId() == user.unitId();
    }

    /** Whether the user works in the card's NAV unit, which tops it up and decides on each use. */
    private static boolean funder(SignedInUser user, EmergencyCard card) {
        return NavCooperation.nav(user) && card.navUnitId() == user.unitId();
    }

    private static void requireHolder(SignedInUser user, EmergencyCard card) {
        if (!holder(user, card)) {
            throw new NavCooperation.Refused("nav.refused.child-welfare-only");
        }
    }

    private static void requireFunder(SignedInUser user, EmergencyCard card) {
        if (!funder(user, card)) {
            throw new NavCooperation.Refused("nav.refused.nav-only");
        }
    }

    private EmergencyCard cardFor(SignedInUser user, long cardId) {
        NavCooperation.requireChildWelfareOrNav(user);
        EmergencyCard card = repository.card(cardId).orElseThrow(() -> new NotFoundException("emergency card"));
        if (card.childWelfareUnitId() != user.unitId() && card.navUnitId() != user.unitId()) {
            throw new NavCooperation.Refused("nav.refused.not-party");
        }
        return card;
    }

    /** Today in Norway, the day the commands' dates are read against. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
