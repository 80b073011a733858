package no.laget.family;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import no.laget.access.AccessRefusedException;
import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.Basis;
import no.laget.access.Decision;
import no.laget.access.EmergencyAccess;
import no.laget.access.InformationCategory;
import no.laget.access.internal.AccessLog;
import no.laget.access.internal.AccessLogEntry;
import no.laget.child.Children;
import no.laget.consent.internal.ConsentForm;
import no.laget.consent.Consents;
import no.laget.organisation.Organisation;
import no.laget.platform.security.SignedInUser;
import no.laget.support.FamilyFixtures;
import no.laget.support.FamilyFixtures.Family;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.SqlStatementCounter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static no.laget.support.PageContent.withoutToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Hvem har sett opplysningene": the family's view of the access log (rule 34). */
@LagetTest
class SeenPagesTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String REASON = "Barnet er skadet på tur og foreldrene kan ikke nås nå";

    @Autowired MockMvc mvc;
    @Autowired FamilyFixtures families;
    @Autowired MovableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService accounts;
    @Autowired Children children;
    @Autowired Consents consents;
    @Autowired Organisation organisation;
    @Autowired EmergencyAccess emergencyAccess;
    @Autowired AccessLog accessLog;
    @Autowired SqlStatementCounter sql;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void at(LocalDate day, int hour, int minute) {
        clock.set(day.atTime(hour, minute).atZone(OSLO).toInstant());
    }

    private SignedInUser employee(String username) {
        return (SignedInUser) accounts.loadUserByUsername(username);
    }

    private String seen(Family family, RequestPostProcessor as) throws Exception {
        return mvc.perform(get("/familie/barn/{id}/hvem-har-sett", family.childId()).with(as))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void an_employees_read_shows_the_service_the_role_the_time_and_the_consent_with_its_date_but_not_the_name()
            throws Exception {
        at(LocalDate.of(2026, 5, 4), 9, 15);
        Family family = families.childWithGuardian("helsesykepleier", LocalDate.of(2019, 3, 14), true);
        long school = organisation.units().stream().filter(u -> u.name().equals("Gimle skole")).findFirst().orElseThrow().id();
        consents.record(employee("helsesykepleier"), family.childId(), new ConsentForm("GUARDIANS",
                List.of(String.valueOf(family.guardianId())), "WRITTEN", "", "Samarbeid om skolestart",
                List.of("BASIC", "EDUCATION"), List.of(String.valueOf(school)), List.of(), "2026-05-01", "2026-12-31",
                "false").toCommand());
        at(LocalDate.of(2026, 5, 6), 14, 30);
        children.get(employee("laerer"), family.childId());

        String page = seen(family, families.as(family.guardianNumber()));

        assertThat(page).contains("06.05.2026 kl. 14:30", "En ansatt ved Gimle skole", "så",
                "grunnopplysninger (navn, fødselsdato, foresatte og tjenester)",
                "samtykke fra familien gitt 04.05.2026.", "Du")
                .doesNotContain("Lise Testrud", "EMPLOYEE", family.guardianNumber(), family.childNumber());
    }

    @Test
    void an_emergency_access_is_shown_at_the_top_with_its_reason_and_marked_in_the_list() throws Exception {
        at(LocalDate.of(2026, 5, 6), 10, 0);
        Family family = families.childWithGuardian("laerer", LocalDate.of(2017, 8, 1), true);
        emergencyAccess.open(employee("ppt"), family.childId(), REASON);
        children.get(employee("ppt"), family.childId());

        String page = seen(family, families.as(family.guardianNumber()));

        String top = page.substring(page.indexOf("data-emergencies"), page.indexOf("id=\"log-heading\""));
        assertThat(top).contains("Nødtilgang til opplysningene om barnet", "PPT, Familiens hus",
                "Begrunnelse: «" + REASON + "»", "Lederen har ikke gått gjennom nødtilgangen ennå.");
        String list = page.substring(page.indexOf("id=\"log-heading\""));
        assertThat(list).contains("data-emergency=\"true\"", "En ansatt ved PPT, Familiens hus", "nødtilgang.",
                "Begrunnelse: «" + REASON + "»");
    }

    @Test
    void a_refused_look_is_not_shown_and_no_emergency_box_without_an_emergency() throws Exception {
        Family family = families.childWithGuardian("laerer", LocalDate.of(2017, 8, 1), true);
        assertThatThrownBy(() -> children.get(employee("nav"), family.childId()))
                .isInstanceOf(AccessRefusedException.class);

        String page = seen(family, families.as(family.guardianNumber()));

        assertThat(page).doesNotContain("NAV Halden-Aremark").doesNotContain("data-emergencies")
                .contains("En ansatt ved Gimle skole"); // registering the child wrote the basic data
    }

    @Test
    void reports_of_concern_and_child_welfares_own_category_are_left_to_child_welfare() throws Exception {
        Family family = families.childWithGuardian("laerer", LocalDate.of(2017, 8, 1), true);
        SignedInUser teacher = employee("laerer");
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        accessLog.append(List.of(
                AccessLogEntry.of(teacher, family.childId(), InformationCategory.CHILD_WELFARE,
                        AccessedObject.of("report", 1L), Action.REPORT, Decision.allow(Basis.DUTY_TO_REPORT, null, null), now),
                AccessLogEntry.of(employee("barnevern"), family.childId(), InformationCategory.BASIC,
                        AccessedObject.of("child", family.childId()), Action.READ,
                        Decision.allow(Basis.RECEIVED_REPORT, null, null), now)));

        String page = seen(family, families.as(family.guardianNumber()));

        assertThat(page).doesNotContain("Barneverntjenesten i Halden", "meldte", "opplysninger fra barneverntjenesten")
                .contains("Dem svarer barneverntjenesten for.");
    }

    @Test
    void another_familys_child_gets_the_same_answer_as_a_child_that_does_not_exist() throws Exception {
        Family ours = families.childWithGuardian("laerer", LocalDate.of(2017, 8, 1), true);
        Family theirs = families.childWithGuardian("laerer", LocalDate.of(2016, 2, 3), true);

        String other = mvc.perform(get("/familie/barn/{id}/hvem-har-sett", theirs.childId())
                .with(families.as(ours.guardianNumber())))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String missing = mvc.perform(get("/familie/barn/{id}/hvem-har-sett", Long.MAX_VALUE)
                .with(families.as(ours.guardianNumber())))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

        assertThat(withoutToken(other)).isEqualTo(withoutToken(missing));
        assertThat(jdbc.sql("select outcome || ':' || object_type from access_log where child_id = ? and client = 'FAMILY'")
                .param(theirs.childId()).query(String.class).list()).containsExactly("DENIED:family-access-log");
    }

    @Test
    void a_guardian_without_parental_responsibility_sees_nothing() throws Exception {
        Family family = families.childWithGuardian("laerer", LocalDate.of(2017, 8, 1), false);

        mvc.perform(get("/familie/barn/{id}/hvem-har-sett", family.childId()).with(families.as(family.guardianNumber())))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_reading_is_logged_with_the_family_as_actor_and_another_guardians_read_is_told_without_a_name()
            throws Exception {
        Family family = families.childWithGuardian("laerer", LocalDate.of(2017, 8, 1), true);
        String other = families.addGuardian("laerer", family.childId(), true);
        seen(family, families.as(other));

        String page = seen(family, families.as(family.guardianNumber()));

        long member = families.member(family.guardianNumber()).memberId();
        assertThat(jdbc.sql("""
                select count(*) from access_log where child_id = ? and username = ? and object_type = 'family-access-log'
                   and client = 'FAMILY' and outcome = 'ALLOWED' and employee_id = 0""")
                .params(family.childId(), "familie:" + member).query(Long.class).single()).isEqualTo(1);
        assertThat(page).contains("En foresatt", "eget innsyn som foresatt eller ungdom.").doesNotContain(other);
    }

    @Test
    void the_page_sends_the_same_statements_for_10_and_for_200_log_rows_and_pages_by_50() throws Exception {
        Family small = families.childWithGuardian("laerer", LocalDate.of(2017, 8, 1), true);
        Family large = families.childWithGuardian("laerer", LocalDate.of(2016, 8, 1), true);
        reads(small.childId(), 10);
        reads(large.childId(), 200);
        RequestPostProcessor smallGuardian = families.as(small.guardianNumber());
        RequestPostProcessor largeGuardian = families.as(large.guardianNumber());
        seen(small, smallGuardian);
        seen(large, largeGuardian); // first requests warm up caches

        sql.reset();
        String smallPage = seen(small, smallGuardian);
        int forSmall = sql.count();
        sql.reset();
        String largePage = seen(large, largeGuardian);
        int forLarge = sql.count();

        assertThat(forLarge).isEqualTo(forSmall);
        assertThat(smallPage).doesNotContain("side=2");
        assertThat(count(largePage, "class=\"seen-entry\"")).isEqualTo(50);
        assertThat(largePage).contains("side=2").doesNotContain("Nyere oppslag");
        String second = mvc.perform(get("/familie/barn/{id}/hvem-har-sett", large.childId()).param("side", "2")
                .with(largeGuardian)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("Oppslag, side 2", "Nyere oppslag", "side=3");
        String typo = mvc.perform(get("/familie/barn/{id}/hvem-har-sett", large.childId()).param("side", "to")
                .with(largeGuardian)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(typo).contains("Oppslag, nyeste først");
        String beyond = mvc.perform(get("/familie/barn/{id}/hvem-har-sett", large.childId()).param("side", "999999")
                .with(largeGuardian)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(beyond).contains("Det er ingen flere oppslag.");
    }

    private void reads(long childId, int count) {
        SignedInUser teacher = employee("laerer");
        OffsetDateTime start = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).minusDays(30);
        List<AccessLogEntry> entries = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> entries.add(AccessLogEntry.of(teacher, childId, InformationCategory.BASIC,
                AccessedObject.of("child", childId), Action.READ, Decision.allow(Basis.OWN_SERVICE, null, null),
                start.plusMinutes(i))));
        accessLog.append(entries);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    /** The CSRF token differs from request to request; nothing else may. */}
