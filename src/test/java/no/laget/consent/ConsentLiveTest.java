package no.laget.consent;

import no.laget.platform.time.Oslo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import no.laget.access.AccessDoor;
import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.InformationCategory;
import no.laget.organisation.Organisation;
import no.laget.platform.security.SignedInUser;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "A consent is live on a day" has one Java home ({@link Consent#liveOn}, {@link Consent#liveFor}) and one SQL home
 * ({@code consent_live}, {@code consent_grant_live}, V195, used by {@code access_basis} and the consent lists). They
 * must agree on every edge: starts that day, expires that day, withdrawn that day, a withdrawn grant, a refusal, the
 * Oslo midnight, the null ends; and the SQL must stay inlined, so plans and index use stay as they were.
 */
@LagetTest
class ConsentLiveTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 31);
    /** Midnight in Oslo between 31 March and 1 April 2026 (summer time, UTC+2). */
    static final Instant OSLO_MIDNIGHT = Instant.parse("2026-03-31T22:00:00Z");

    @Autowired Consents consents;
    @Autowired ChildFixtures fixtures;
    @Autowired Organisation organisation;
    @Autowired AccessDoor door;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;

    SignedInUser nurse;
    SignedInUser teacher;
    long gimle;

    @BeforeEach
    void arrange() {
        clock.set(DAY.atTime(12, 0).toInstant(ZoneOffset.UTC));
        nurse = fixtures.user("helsesykepleier");
        teacher = fixtures.user("laerer");
        gimle = organisation.units().stream().filter(u -> u.name().equals("Gimle skole")).findFirst().orElseThrow().id();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long consent(long child, LocalDate from, LocalDate to) {
        return fixtures.consent("helsesykepleier", child, gimle, from, to, "BASIC", "HEALTH");
    }

    private boolean sqlLive(long consentId, LocalDate day) {
        return jdbc.sql("select consent_live(c, ?) from consent c where c.id = ?").params(day, consentId)
                .query(Boolean.class).single();
    }

    private boolean sqlGrantLive(long grantId, LocalDate day) {
        return jdbc.sql("""
                select consent_grant_live(c, g, ?) from consent c join consent_grant g on g.consent_id = c.id
                 where g.id = ?""").params(day, grantId).query(Boolean.class).single();
    }

    /** Java and SQL on the days around DAY, for the consent and each grant; returns the consent's answers. */
    private List<Boolean> agreeAround(long consentId) {
        Consent consent = consents.get(nurse, consentId);
        List<Boolean> answers = new ArrayList<>();
        for (LocalDate day : List.of(DAY.minusDays(1), DAY, DAY.plusDays(1))) {
            assertThat(consent.liveOn(day)).as("consent %s on %s", consentId, day).isEqualTo(sqlLive(consentId, day));
            for (Grant grant : consent.grants()) {
                assertThat(consent.liveFor(grant, day)).as("grant %s on %s", grant.id(), day)
                        .isEqualTo(sqlGrantLive(grant.id(), day));
            }
            Consent.Status status = consent.statusOn(day);
            assertThat(status == Consent.Status.LIVE || status == Consent.Status.PARTLY_WITHDRAWN)
                    .as("status %s on %s", status, day)
                    .isEqualTo(consent.grants().stream().anyMatch(grant -> consent.liveFor(grant, day)));
            answers.add(consent.liveOn(day));
        }
        return answers;
    }

    @Test
    void starts_that_day() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        assertThat(agreeAround(consent(child, DAY, DAY.plusDays(30)))).containsExactly(false, true, true);
    }

    @Test
    void expires_that_day_and_holds_all_of_it() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        assertThat(agreeAround(consent(child, DAY.minusDays(30), DAY))).containsExactly(true, true, false);
    }

    @Test
    void one_day_consent() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        assertThat(agreeAround(consent(child, DAY, DAY))).containsExactly(false, true, false);
    }

    @Test
    void withdrawn_that_day_is_not_live_on_any_day() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        long consentId = consent(child, DAY.minusDays(30), DAY.plusDays(30));
        jdbc.sql("update consent set withdrawn_at = ? where id = ?")
                .params(OffsetDateTime.parse("2026-03-31T00:00:00+02:00"), consentId).update();
        assertThat(agreeAround(consentId)).containsExactly(false, false, false);
    }

    @Test
    void a_withdrawn_grant_ends_that_grant_only() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        long consentId = consent(child, DAY.minusDays(30), DAY.plusDays(30));
        long health = consents.get(nurse, consentId).grants().stream()
                .filter(g -> g.category() == InformationCategory.HEALTH).findFirst().orElseThrow().id();
        jdbc.sql("update consent_grant set withdrawn_at = ? where id = ?")
                .params(OffsetDateTime.parse("2026-03-31T23:59:59+02:00"), health).update();

        assertThat(agreeAround(consentId)).containsExactly(true, true, true);
        Consent consent = consents.get(nurse, consentId);
        assertThat(consent.grants()).allSatisfy(grant -> assertThat(consent.liveFor(grant, DAY))
                .isEqualTo(grant.category() != InformationCategory.HEALTH));
        assertThat(sqlGrantLive(health, DAY)).isFalse();
    }

    @Test
    void a_refusal_is_never_live() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        long consentId = consent(child, DAY.minusDays(30), DAY.plusDays(30));
        jdbc.sql("update consent set refused = true where id = ?").params(consentId).update();
        assertThat(agreeAround(consentId)).containsExactly(false, false, false);
    }

    @Test
    void the_day_turns_at_midnight_in_oslo_not_utc() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        long ending = consent(child, DAY.minusDays(30), DAY);
        long starting = consent(child, DAY.plusDays(1), DAY.plusDays(30));

        clock.set(OSLO_MIDNIGHT.minusSeconds(1));
        assertThat(consents.liveCovering(child, InformationCategory.HEALTH, gimle)).as("SQL, 23:59:59 in Oslo")
                .containsExactly(ending);
        assertThat(teacherMayReadHealth(child)).isTrue();
        assertThat(javaLive(ending)).isTrue();
        assertThat(javaLive(starting)).isFalse();

        clock.set(OSLO_MIDNIGHT);
        assertThat(consents.liveCovering(child, InformationCategory.HEALTH, gimle)).as("SQL, 00:00 in Oslo, 22:00 UTC")
                .containsExactly(starting);
        assertThat(teacherMayReadHealth(child)).isTrue();
        assertThat(javaLive(ending)).isFalse();
        assertThat(javaLive(starting)).isTrue();
    }

    private boolean javaLive(long consentId) {
        return consents.get(nurse, consentId).liveOn(LocalDate.ofInstant(clock.instant(), Oslo.ZONE));
    }

    private boolean teacherMayReadHealth(long child) {
        return door.decide(teacher, child, InformationCategory.HEALTH, Action.READ, AccessedObject.of("test")).allowed();
    }

    @Test
    void the_null_ends_a_missing_withdrawal_is_none_and_a_missing_end_cannot_be_stored() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        long consentId = consent(child, DAY, DAY.plusDays(1));
        assertThat(consents.get(nurse, consentId).withdrawnAt()).isNull();
        assertThat(agreeAround(consentId)).containsExactly(false, true, true);
        // An open-ended consent does not exist (docs/domain.md: a consent has a period), so neither rule needs an answer
        // for a null valid_to: the table refuses it.
        assertThatThrownBy(() -> jdbc.sql("update consent set valid_to = null where id = ?").params(consentId).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_sql_rule_is_inlined_so_plans_stay_as_they_were() {
        String plan = jdbc.sql("""
                explain select c.id from consent c join consent_grant g on g.consent_id = c.id
                 where c.child_id = 1 and consent_grant_live(c, g, date '2026-03-31')""")
                .query(String.class).list().toString();
        assertThat(plan).doesNotContain("consent_live").doesNotContain("consent_grant_live")
                .contains("withdrawn_at IS NULL").contains("valid_from <=");
        String basis = jdbc.sql("""
                explain select * from access_basis(1, 1, 1, array['EMPLOYEE']::varchar[], 'HEALTH', 'READ',
                                                   date '2026-03-31', now())""")
                .query(String.class).list().toString();
        assertThat(basis).doesNotContain("consent_live").doesNotContain("consent_grant_live")
                .doesNotContain("Function Scan");
    }

    @Test
    void a_list_query_plans_the_same_with_the_function_as_with_the_conditions_written_out() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        consent(child, DAY.minusDays(30), DAY.plusDays(30));
        String query = """
                explain select distinct c.id, c.valid_from
                  from consent c
                  join consent_grant g on g.consent_id = c.id
                  join unit u on u.id = %d
                 where c.child_id = %d and %s and g.category = 'HEALTH'
                   and (g.receiver_unit_id = u.id or g.receiver_unit_type = u.type)
                 order by c.valid_from desc, c.id desc""";
        String before = """
                not c.refused and c.withdrawn_at is null and g.withdrawn_at is null
                and c.valid_from <= date '2026-03-31' and c.valid_to >= date '2026-03-31'""";
        List<String> written = plan(query.formatted(gimle, child, before));
        List<String> function = plan(query.formatted(gimle, child, "consent_grant_live(c, g, date '2026-03-31')"));
        assertThat(function).isEqualTo(written);
    }

    /** The plan's nodes with their costs; the text of a Filter (the order of its conditions) is left out. */
    private List<String> plan(String explain) {
        return jdbc.sql(explain).query(String.class).list().stream()
                .map(line -> line.contains("Filter:") ? line.substring(0, line.indexOf("Filter:")) + "Filter" : line)
                .toList();
    }
}
