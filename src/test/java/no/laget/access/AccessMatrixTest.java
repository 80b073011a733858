package no.laget.access;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import no.laget.platform.security.Role;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static no.laget.support.Accounts.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role x relation to the child x consent state x category x action, generated, each with the
 * decision and basis an independent statement of the rules expects. Each case also checks that the
 * list filter agrees with the door for that child.
 */
@LagetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    enum Relation { OWN_UNIT, OTHER_UNIT, NONE }

    enum ConsentState { NONE, LIVE, LIVE_EXCLUDING_CATEGORY, EXPIRED_YESTERDAY, ENDS_TODAY, STARTS_TOMORROW, WITHDRAWN,
        PARTLY_WITHDRAWN }

    enum Receiver { UNIT, UNIT_TYPE }

    record Case(Role role, Relation relation, ConsentState consent, Receiver receiver, InformationCategory category,
            Action action) {}

    record Expected(boolean allowed, Basis basis, Reason reason) {}

    @Autowired AccessDoor door;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;
    @Autowired AccessGrants grants;

    private long school;
    private long healthStation;
    private long recorder;
    private final Map<String, Long> children = new HashMap<>();
    private final Map<String, Long> consents = new HashMap<>();

    @BeforeAll
    void arrange() {
        clock.reset();
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        long municipality = jdbc.sql("select id from municipality limit 1").query(Long.class).single();
        school = unit(municipality, "SCHOOL", now);
        healthStation = unit(municipality, "HEALTH_STATION", now);
        recorder = jdbc.sql("select id from employee where username = 'ansatt'").query(Long.class).single();
        for (Relation relation : Relation.values()) {
            for (ConsentState state : ConsentState.values()) {
                for (Receiver receiver : receiversFor(state)) {
                    long child = jdbc.sql("""
                            insert into child (given_name, family_name, birth_date, registered_by_unit_id, created_at, updated_at)
                            values ('Matrise', ?, date '2017-05-01', ?, ?, ?) returning id""")
                            .params(unique("Barn"), school, now, now).query(Long.class).single();
                    children.put(key(relation, state, receiver), child);
                    if (relation != Relation.NONE) {
                        jdbc.sql("insert into child_unit (child_id, unit_id, from_date) values (?, ?, date '2020-01-01')")
                                .params(child, relation == Relation.OWN_UNIT ? school : healthStation).update();
                    }
                    consent(child, state, receiver, today, now).ifPresent(id -> consents.put(key(relation, state, receiver), id));
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> every_case_gets_the_expected_decision_and_the_list_filter_agrees() {
        List<Case> cases = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Relation relation : Relation.values()) {
                for (ConsentState state : ConsentState.values()) {
                    for (Receiver receiver : receiversFor(state)) {
                        for (InformationCategory category : List.of(InformationCategory.EDUCATION, InformationCategory.HEALTH)) {
                            for (Action action : List.of(Action.READ, Action.WRITE)) {
                                cases.add(new Case(role, relation, state, receiver, category, action));
                            }
                        }
                        cases.add(new Case(role, relation, state, receiver, InformationCategory.CHILD_WELFARE, Action.REPORT));
                    }
                }
            }
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
    }

    private void check(Case c) {
        SignedInUser user = new SignedInUser(recorder, "matrise-" + c.role().name().toLowerCase(), "Matrise", school, "Skole",
                "SCHOOL", Set.of(c.role()), true, null);
        long child = children.get(key(c.relation(), c.consent(), c.receiver()));
        Expected expected = expected(c);

        Decision decision = door.decide(user, child, c.category(), c.action(), AccessedObject.of("matrix", child));

        assertDecision(decision, expected);
        if (expected.basis() == Basis.CONSENT) {
            assertThat(decision.consentId()).isEqualTo(consents.get(key(c.relation(), c.consent(), c.receiver())));
        }
        assertListAgrees(user, child, c.category(), c.action(), expected);
    }

    private static void assertDecision(Decision decision, Expected expected) {
        assertThat(decision.allowed()).as("allowed").isEqualTo(expected.allowed());
        assertThat(decision.basis()).as("basis").isEqualTo(expected.basis());
        assertThat(decision.reason()).as("reason").isEqualTo(expected.reason());
    }

    /** The list filter shows the child exactly when the door allows it. */
    private void assertListAgrees(SignedInUser user, long child, InformationCategory category, Action action,
            Expected expected) {
        ChildDataFilter filter = door.filter(user, category, action);
        Map<String, Object> params = new HashMap<>(filter.parameters());
        params.put("child", child);
        int listed = jdbc.sql("select count(*) from child c " + filter.join("c.id") + " where c.id = :child")
                .params(params).query(Integer.class).single();
        assertThat(listed).as("rows the list filter shows").isEqualTo(expected.allowed() ? 1 : 0);
    }

    /** The rules, stated once more independently of the SQL: docs/domain.md rules 12-18 and docs/design.md "One door". */
    private static Expected expected(Case c) {
        if (c.role() == Role.MUNICIPAL_STAFF || c.role() == Role.ADMINISTRATOR || c.role() == Role.AUDITOR) {
            return new Expected(false, null, Reason.ROLE_SEES_NO_CHILD_DATA);
        }
        // The duty to report overrides confidentiality, whatever the relation or consent.
        if (c.action() == Action.REPORT) {
            return new Expected(true, Basis.DUTY_TO_REPORT, null);
        }
        // A school's own category is EDUCATION; HEALTH belongs to the health services.
        if (c.relation() == Relation.OWN_UNIT && c.category() == InformationCategory.EDUCATION) {
            return new Expected(true, Basis.OWN_SERVICE, null);
        }
        Expected read = readExpected(c);
        if (c.action() == Action.WRITE) {
            // "needs own service" only for a user who may read; anyone else is told what a read would be told, so a
            // write attempt says no more about the child than a read (docs/decisions.md, existence oracles)
            return read.allowed() ? new Expected(false, null, Reason.WRITE_NEEDS_OWN_SERVICE) : read;
        }
        return read;
    }

    private static Expected readExpected(Case c) {
        return switch (c.consent()) {
            case NONE -> new Expected(false, null, Reason.NO_CONSENT);
            case LIVE, ENDS_TODAY -> new Expected(true, Basis.CONSENT, null);
            case LIVE_EXCLUDING_CATEGORY -> new Expected(false, null, Reason.CATEGORY_NOT_GRANTED);
            case EXPIRED_YESTERDAY -> new Expected(false, null, Reason.CONSENT_EXPIRED);
            case STARTS_TOMORROW -> new Expected(false, null, Reason.CONSENT_NOT_YET_VALID);
            case WITHDRAWN -> new Expected(false, null, Reason.CONSENT_WITHDRAWN);
            case PARTLY_WITHDRAWN -> c.category() == InformationCategory.HEALTH
                    ? new Expected(false, null, Reason.CONSENT_WITHDRAWN)
                    : new Expected(true, Basis.CONSENT, null);
        };
    }

    /** The states of the consent a case participant's grants stand on. */
    enum ParticipantConsent { LIVE, ENDS_TODAY, EXPIRED_YESTERDAY, WITHDRAWN, RELAY_LOG_WITHDRAWN, OTHER_CATEGORY_WITHDRAWN }

    record ParticipantCase(ParticipantConsent consent, InformationCategory category, Action action) {}

    /**
     * Rule 14 for the bases that exist because of a consent: a case participant (a school admitted to a relay log
     * under a consent covering RELAY_LOG and EDUCATION, not BASIC) reads the child's basic data and writes the relay log
     * only while that consent lives and still covers RELAY_LOG. The school does not serve the child. Single reads and
     * the list filter.
     */
    @TestFactory
    Stream<DynamicTest> consent_derived_bases_end_with_their_consent_in_the_door_and_in_lists() {
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        Map<ParticipantConsent, Long> participantChildren = new HashMap<>();
        for (ParticipantConsent state : ParticipantConsent.values()) {
            long child = jdbc.sql("""
                    insert into child (given_name, family_name, birth_date, registered_by_unit_id, created_at, updated_at)
                    values ('Deltaker', ?, date '2016-03-01', ?, ?, ?) returning id""")
                    .params(unique("Barn"), healthStation, now, now).query(Long.class).single();
            long consent = participantConsent(child, state, today, now);
            grants.grant(AccessGrants.NewGrant.underConsent(child, school, InformationCategory.RELAY_LOG, true, consent,
                    InformationCategory.RELAY_LOG, "matrix_case", child));
            grants.grant(AccessGrants.NewGrant.underConsent(child, school, InformationCategory.BASIC, false, consent,
                    InformationCategory.RELAY_LOG, "matrix_case", child));
            participantChildren.put(state, child);
        }
        List<ParticipantCase> cases = new ArrayList<>();
        for (ParticipantConsent state : ParticipantConsent.values()) {
            for (InformationCategory category : List.of(InformationCategory.BASIC, InformationCategory.RELAY_LOG)) {
                for (Action action : List.of(Action.READ, Action.WRITE)) {
                    cases.add(new ParticipantCase(state, category, action));
                }
            }
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            SignedInUser user = new SignedInUser(recorder, "matrise-deltaker", "Matrise", school, "Skole", "SCHOOL",
                    Set.of(Role.EMPLOYEE), true, null);
            long child = participantChildren.get(c.consent());
            Expected expected = expected(c);
            Decision decision = door.decide(user, child, c.category(), c.action(), AccessedObject.of("matrix", child));
            assertDecision(decision, expected);
            assertListAgrees(user, child, c.category(), c.action(), expected);
        }));
    }

    private static Expected expected(ParticipantCase c) {
        Reason ended = switch (c.consent()) {
            case LIVE, ENDS_TODAY, OTHER_CATEGORY_WITHDRAWN -> null;
            case EXPIRED_YESTERDAY -> Reason.CONSENT_EXPIRED;
            case WITHDRAWN, RELAY_LOG_WITHDRAWN -> Reason.CONSENT_WITHDRAWN;
        };
        if (ended != null) {
            return new Expected(false, null, ended);
        }
        if (c.category() == InformationCategory.RELAY_LOG) {
            // the consent itself names the school for RELAY_LOG, which ranks before the grant for reading
            return c.action() == Action.READ ? new Expected(true, Basis.CONSENT, null)
                    : new Expected(true, Basis.CASE_PARTICIPANT, null);
        }
        return c.action() == Action.READ ? new Expected(true, Basis.CASE_PARTICIPANT, null)
                : new Expected(false, null, Reason.WRITE_NEEDS_OWN_SERVICE);
    }

    private long participantConsent(long child, ParticipantConsent state, LocalDate today, OffsetDateTime now) {
        LocalDate from = state == ParticipantConsent.EXPIRED_YESTERDAY ? today.minusDays(30) : today.minusDays(10);
        LocalDate to = switch (state) {
            case EXPIRED_YESTERDAY -> today.minusDays(1);
            case ENDS_TODAY -> today;
            default -> today.plusDays(30);
        };
        boolean withdrawn = state == ParticipantConsent.WITHDRAWN;
        long consent = jdbc.sql("""
                insert into consent (child_id, given_by, form, purpose, valid_from, valid_to, recorded_by,
                                     recorded_by_unit_id, recorded_at, withdrawn_at, withdrawn_by_name)
                values (?, 'GUARDIANS', 'WRITTEN', 'Stafettlogg', ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(child, from, to, recorder, healthStation, now, withdrawn ? now.minusHours(1) : null,
                        withdrawn ? "Foresatt" : null)
                .query(Long.class).single();
        for (String category : List.of("RELAY_LOG", "EDUCATION")) {
            boolean grantWithdrawn = (state == ParticipantConsent.RELAY_LOG_WITHDRAWN && category.equals("RELAY_LOG"))
                    || (state == ParticipantConsent.OTHER_CATEGORY_WITHDRAWN && category.equals("EDUCATION"));
            jdbc.sql("""
                    insert into consent_grant (consent_id, category, receiver_unit_id, receiver_unit_type, withdrawn_at)
                    values (?, ?, ?, null, ?)""")
                    .params(consent, category, school, grantWithdrawn ? now.minusHours(1) : null).update();
        }
        return consent;
    }

    private static List<Receiver> receiversFor(ConsentState state) {
        return state == ConsentState.NONE ? List.of(Receiver.UNIT) : List.of(Receiver.values());
    }

    private java.util.Optional<Long> consent(long child, ConsentState state, Receiver receiver, LocalDate today,
            OffsetDateTime now) {
        if (state == ConsentState.NONE) {
            return java.util.Optional.empty();
        }
        LocalDate from = switch (state) {
            case EXPIRED_YESTERDAY -> today.minusDays(30);
            case STARTS_TOMORROW -> today.plusDays(1);
            default -> today.minusDays(10);
        };
        LocalDate to = switch (state) {
            case EXPIRED_YESTERDAY -> today.minusDays(1);
            case ENDS_TODAY -> today;
            default -> today.plusDays(30);
        };
        long consent = jdbc.sql("""
                insert into consent (child_id, given_by, form, purpose, valid_from, valid_to, recorded_by,
                                     recorded_by_unit_id, recorded_at, withdrawn_at, withdrawn_by_name)
                values (?, 'GUARDIANS', 'WRITTEN', 'Samarbeid', ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(child, from, to, recorder, healthStation, now,
                        state == ConsentState.WITHDRAWN ? now.minusHours(1) : null,
                        state == ConsentState.WITHDRAWN ? "Foresatt" : null)
                .query(Long.class).single();
        List<String> categories = state == ConsentState.LIVE_EXCLUDING_CATEGORY ? List.of("BASIC")
                : List.of("BASIC", "EDUCATION", "HEALTH");
        for (String category : categories) {
            boolean withdrawn = state == ConsentState.PARTLY_WITHDRAWN && category.equals("HEALTH");
            jdbc.sql("""
                    insert into consent_grant (consent_id, category, receiver_unit_id, receiver_unit_type, withdrawn_at)
                    values (?, ?, ?, ?, ?)""")
                    .params(consent, category, receiver == Receiver.UNIT ? school : null,
                            receiver == Receiver.UNIT_TYPE ? "SCHOOL" : null, withdrawn ? now.minusHours(1) : null)
                    .update();
        }
        return java.util.Optional.of(consent);
    }

    private long unit(long municipality, String type, OffsetDateTime now) {
        return jdbc.sql("""
                insert into unit (municipality_id, name, type, active, created_at, updated_at)
                values (?, ?, ?, true, ?, ?) returning id""")
                .params(municipality, unique("Matrise " + type), type, now, now).query(Long.class).single();
    }

    private static String key(Relation relation, ConsentState state, Receiver receiver) {
        return relation + "/" + state + "/" + receiver;
    }
}
