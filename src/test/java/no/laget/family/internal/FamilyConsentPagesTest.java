package no.laget.family.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.laget.platform.time.Oslo;
import no.laget.support.ChildFixtures;
import no.laget.support.FamilyFixtures;
import no.laget.support.FamilyFixtures.Family;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.SqlStatementCounter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static no.laget.support.Accounts.as;
import static no.laget.support.PageContent.withoutToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, consents through the family's door: a service asks in Laget, everyone with parental responsibility
 * answers (all, part, no), the consent is recorded as given digitally and opens the employees' door; the family
 * withdraws and the very next read is refused. Who may answer, CSRF, bad input and dates.
 */
@LagetTest
class FamilyConsentPagesTest {

    @Autowired MockMvc mvc;
    @Autowired FamilyFixtures families;
    @Autowired ChildFixtures fixtures;
    @Autowired UserDetailsService accounts;
    @Autowired MovableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired SqlStatementCounter sql;

    Family family;
    String secondGuardian;
    long nurseUnit;
    LocalDate today;

    @BeforeEach
    void arrange() {
        clock.reset();
        today = LocalDate.now(clock.withZone(Oslo.ZONE));
        family = families.childWithGuardian("laerer", LocalDate.of(2016, 4, 12), true);
        secondGuardian = families.addGuardian("laerer", family.childId(), true);
        nurseUnit = fixtures.user("helsesykepleier").unitId();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // ---- helpers ----

    private long request(String givenBy, LocalDate from, LocalDate to, String... categories) throws Exception {
        mvc.perform(post("/children/{id}/consent-requests", family.childId()).with(as(accounts, "laerer")).with(csrf())
                        .param("givenBy", givenBy).param("purpose", "Samarbeid om skolestart")
                        .param("categories", categories).param("receiverUnitIds", String.valueOf(nurseUnit))
                        .param("validFrom", from.toString()).param("validTo", to.toString()))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select max(id) from consent_request where child_id = ?").param(family.childId())
                .query(Long.class).single();
    }

    private MockHttpServletRequestBuilder answer(String pid, long requestId, String answer) {
        return post("/familie/barn/{c}/samtykker/foresporsler/{r}", family.childId(), requestId)
                .with(families.as(pid)).with(csrf()).param("answer", answer);
    }

    private String page(String pid) throws Exception {
        return mvc.perform(get("/familie/barn/{c}/samtykker", family.childId()).with(families.as(pid)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private Long consentOf(long requestId) {
        return jdbc.sql("select consent_id from consent_request where id = ?").param(requestId).query(Long.class)
                .optional().orElse(null);
    }

    private List<String> grantsOf(long consentId) {
        return jdbc.sql("""
                select category || ':' || coalesce(receiver_unit_id::text, receiver_unit_type) from consent_grant
                 where consent_id = ? and withdrawn_at is null order by category""")
                .param(consentId).query(String.class).list();
    }

    private void nurseReads() throws Exception {
        mvc.perform(get("/api/v1/children/{id}", family.childId()).with(as(accounts, "helsesykepleier")))
                .andExpect(status().isOk());
    }

    private void nurseIsRefused(String reason) throws Exception {
        mvc.perform(get("/api/v1/children/{id}", family.childId()).with(as(accounts, "helsesykepleier")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value(reason));
    }

    private long liveConsent() throws Exception {
        long requestId = request("GUARDIANS", today, today.plusMonths(6), "BASIC", "RELAY_LOG");
        mvc.perform(answer(family.guardianNumber(), requestId, "ALL")).andExpect(status().is3xxRedirection());
        mvc.perform(answer(secondGuardian, requestId, "ALL")).andExpect(status().is3xxRedirection());
        return consentOf(requestId);
    }

    // ---- tests ----

    @Test
    void bothGuardiansGrantAndTheConsentIsLiveDigitalAndLetsTheNurseRead() throws Exception {
        nurseIsRefused("NO_CONSENT");
        long requestId = request("GUARDIANS", today, today.plusMonths(6), "BASIC", "RELAY_LOG");
        assertThat(page(family.guardianNumber())).contains("Helsestasjon").contains("Les mer og svar");
        String answerPage = mvc.perform(get("/familie/barn/{c}/samtykker/foresporsler/{r}", family.childId(), requestId)
                .with(families.as(family.guardianNumber()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(answerPage).contains("Samarbeid om skolestart").contains("Det er frivillig")
                .contains("trekke tilbake samtykket når du vil");

        mvc.perform(answer(family.guardianNumber(), requestId, "ALL")).andExpect(status().is3xxRedirection());
        assertThat(consentOf(requestId)).as("one of two has answered: not live").isNull();
        nurseIsRefused("NO_CONSENT");
        String waiting = page(secondGuardian);
        String firstName = jdbc.sql("select name from guardian where id = ?").param(family.guardianId())
                .query(String.class).single();
        assertThat(waiting).contains(firstName + " har svart").contains("har ikke svart ennå");

        mvc.perform(answer(secondGuardian, requestId, "ALL")).andExpect(status().is3xxRedirection());
        Long consentId = consentOf(requestId);
        assertThat(consentId).isNotNull();
        Map<String, Object> consent = jdbc.sql("""
                select form, digital_assurance, refused, given_by,
                       (select count(*) from consent_guardian g where g.consent_id = c.id) as guardians
                  from consent c where id = ?""").param(consentId).query().singleRow();
        assertThat(consent).containsEntry("form", "DIGITAL").containsEntry("digital_assurance", FamilyFixtures.ASSURANCE_HIGH)
                .containsEntry("refused", false).containsEntry("given_by", "GUARDIANS").containsEntry("guardians", 2L);
        assertThat(grantsOf(consentId)).containsExactlyInAnyOrder("BASIC:" + nurseUnit, "RELAY_LOG:" + nurseUnit);
        assertThat(jdbc.sql("select count(*) from archive_record where child_id = ? and kind = 'CONSENT_GIVEN'")
                .param(family.childId()).query(Long.class).single()).as("the archive listens as today").isOne();
        nurseReads();
        assertThat(page(family.guardianNumber())).contains("Gjelder nå").contains("høyt sikkerhetsnivå")
                .contains("Trekk tilbake samtykket");
    }

    @Test
    void aPartialAnswerGivesOnlyWhatEveryoneGranted() throws Exception {
        long requestId = request("GUARDIANS", today, today.plusMonths(6), "BASIC", "HEALTH");
        mvc.perform(answer(family.guardianNumber(), requestId, "PART").param("categories", "BASIC")
                .param("receivers", "unit:" + nurseUnit)).andExpect(status().is3xxRedirection());
        mvc.perform(answer(secondGuardian, requestId, "ALL")).andExpect(status().is3xxRedirection());
        assertThat(grantsOf(consentOf(requestId))).containsExactly("BASIC:" + nurseUnit);
    }

    @Test
    void oneGuardiansNoIsRecordedAsARefusalAtOnce() throws Exception {
        long requestId = request("GUARDIANS", today, today.plusMonths(6), "HEALTH");
        mvc.perform(answer(secondGuardian, requestId, "REFUSE")).andExpect(status().is3xxRedirection());
        Long consentId = consentOf(requestId);
        assertThat(consentId).isNotNull();
        assertThat(jdbc.sql("select refused from consent where id = ?").param(consentId).query(Boolean.class).single())
                .isTrue();
        assertThat(page(family.guardianNumber())).contains("Nei: ingenting deles").doesNotContain("Les mer og svar");
        mvc.perform(answer(family.guardianNumber(), requestId, "ALL")).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from consent_answer where request_id = ?").param(requestId)
                .query(Long.class).single()).isOne();
    }

    @Test
    void theFamilyWithdrawsAndTheNursesVeryNextReadIsRefused() throws Exception {
        long consentId = liveConsent();
        nurseReads();
        mvc.perform(post("/familie/barn/{c}/samtykker/{id}/trekk-tilbake", family.childId(), consentId)
                        .with(families.as(secondGuardian)).with(csrf()).param("scope", "ALL"))
                .andExpect(status().is3xxRedirection());
        nurseIsRefused("CONSENT_WITHDRAWN");
        long member = families.member(secondGuardian).memberId();
        Map<String, Object> row = jdbc.sql("""
                select withdrawn_by_family_member_id, withdrawal_recorded_by, withdrawn_by_name from consent where id = ?""")
                .param(consentId).query().singleRow();
        assertThat(row.get("withdrawn_by_family_member_id")).isEqualTo(member);
        assertThat(row.get("withdrawal_recorded_by")).isNull();
        assertThat(row.get("withdrawn_by_name")).asString().startsWith("Foresatt ");
        assertThat(page(family.guardianNumber())).contains("Trukket tilbake: ingenting deles");
    }

    @Test
    void withdrawingOneGrantStopsThatGrantOnly() throws Exception {
        long consentId = liveConsent();
        String basic = jdbc.sql("select id from consent_grant where consent_id = ? and category = 'BASIC'")
                .param(consentId).query(String.class).single();
        mvc.perform(post("/familie/barn/{c}/samtykker/{id}/trekk-tilbake", family.childId(), consentId)
                        .with(families.as(family.guardianNumber())).with(csrf()).param("scope", "SOME")
                        .param("grantIds", basic))
                .andExpect(status().is3xxRedirection());
        nurseIsRefused("CONSENT_WITHDRAWN");
        assertThat(grantsOf(consentId)).containsExactly("RELAY_LOG:" + nurseUnit);
        assertThat(page(family.guardianNumber())).contains("Gjelder delvis");
    }

    @Test
    void aGuardianOfAnotherChildGetsTheAnswerOfAMissingChildOnEveryUrl() throws Exception {
        long requestId = request("GUARDIANS", today, today.plusMonths(6), "BASIC");
        long consentId = liveConsent();
        Family other = families.childWithGuardian("laerer", LocalDate.of(2015, 2, 3), true);
        String missing = mvc.perform(get("/familie/barn/{c}/samtykker", Long.MAX_VALUE)
                .with(families.as(other.guardianNumber()))).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<MockHttpServletRequestBuilder> tries = List.of(
                get("/familie/barn/{c}/samtykker", family.childId()),
                get("/familie/barn/{c}/samtykker/foresporsler/{r}", family.childId(), requestId),
                post("/familie/barn/{c}/samtykker/foresporsler/{r}", family.childId(), requestId).param("answer", "ALL"),
                get("/familie/barn/{c}/samtykker/{id}/trekk-tilbake", family.childId(), consentId),
                post("/familie/barn/{c}/samtykker/{id}/trekk-tilbake", family.childId(), consentId).param("scope", "ALL"),
                // their own child's id with this child's request and consent
                post("/familie/barn/{c}/samtykker/foresporsler/{r}", other.childId(), requestId).param("answer", "ALL"),
                post("/familie/barn/{c}/samtykker/{id}/trekk-tilbake", other.childId(), consentId).param("scope", "ALL"));
        for (MockHttpServletRequestBuilder attempt : tries) {
            String body = mvc.perform(attempt.with(families.as(other.guardianNumber())).with(csrf()))
                    .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(withoutToken(body)).isEqualTo(withoutToken(missing));
        }
        assertThat(consentOf(requestId)).isNull();
        assertThat(jdbc.sql("select withdrawn_at from consent where id = ?").param(consentId)
                .query(java.time.OffsetDateTime.class).optional()).isEmpty();
    }

    @Test
    void aGuardianWithoutParentalResponsibilityCannotSeeOrAnswer() throws Exception {
        String without = families.addGuardian("laerer", family.childId(), false);
        long requestId = request("GUARDIANS", today, today.plusMonths(6), "BASIC");
        mvc.perform(get("/familie/barn/{c}/samtykker", family.childId()).with(families.as(without)))
                .andExpect(status().isNotFound());
        mvc.perform(answer(without, requestId, "ALL")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from consent_answer where request_id = ?").param(requestId)
                .query(Long.class).single()).isZero();
        assertThat(page(family.guardianNumber())).as("only those with parental responsibility must answer")
                .doesNotContain(jdbc.sql("select name from guardian where identity_number = ?").param(without)
                        .query(String.class).single());
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        long requestId = request("GUARDIANS", today, today.plusMonths(6), "BASIC");
        mvc.perform(post("/familie/barn/{c}/samtykker/foresporsler/{r}", family.childId(), requestId)
                .with(families.as(family.guardianNumber())).param("answer", "ALL")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from consent_answer where request_id = ?").param(requestId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void badAnswersAreShownNextToTheFieldWithWhatWasTyped() throws Exception {
        long requestId = request("GUARDIANS", today, today.plusMonths(6), "BASIC", "HEALTH");
        String noCategories = mvc.perform(answer(family.guardianNumber(), requestId, "PART")
                        .param("receivers", "unit:" + nurseUnit).param("comment", "Bare grunnopplysninger"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(noCategories).contains("id=\"categories-error\"").contains("Velg minst én type opplysninger")
                .contains("Bare grunnopplysninger");
        String nul = mvc.perform(answer(family.guardianNumber(), requestId, "ALL").param("comment", "før\u0000etter"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(nul).contains("id=\"comment-error\"").contains("føretter").doesNotContain("\u0000");
        String none = mvc.perform(answer(family.guardianNumber(), requestId, "MAYBE")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(none).contains("id=\"answer-error\"");
        assertThat(jdbc.sql("select count(*) from consent_answer where request_id = ?").param(requestId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aRequestForAPeriodAlreadyEndedIsRefusedAndAnUnansweredOneCannotBeAnsweredAfterItsEnd() throws Exception {
        String form = mvc.perform(post("/children/{id}/consent-requests", family.childId()).with(as(accounts, "laerer"))
                        .with(csrf()).param("givenBy", "GUARDIANS").param("purpose", "For sent")
                        .param("categories", "BASIC").param("receiverUnitIds", String.valueOf(nurseUnit))
                        .param("validFrom", today.toString()).param("validTo", today.minusDays(1).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("id=\"validTo-error\"").contains("Perioden er allerede over").contains("For sent");

        long requestId = request("GUARDIANS", today, today, "BASIC");
        clock.set(today.plusDays(1).atStartOfDay(Oslo.ZONE).toInstant());
        String late = mvc.perform(answer(family.guardianNumber(), requestId, "ALL")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(late).contains("Perioden det ble spurt om, er over");
        assertThat(consentOf(requestId)).isNull();
    }

    @Test
    void theYoungPersonAnswersTheirOwnRequestsAndTheGuardiansNeitherSeeNorAnswerThem() throws Exception {
        Family teen = families.childWithGuardian("laerer", today.minusYears(16), true);
        mvc.perform(post("/children/{id}/consent-requests", teen.childId()).with(as(accounts, "laerer")).with(csrf())
                        .param("givenBy", "YOUNG_PERSON").param("purpose", "Helse og skole")
                        .param("categories", "HEALTH").param("receiverUnitIds", String.valueOf(nurseUnit))
                        .param("validFrom", today.toString()).param("validTo", today.plusMonths(3).toString()))
                .andExpect(status().is3xxRedirection());
        long requestId = jdbc.sql("select max(id) from consent_request where child_id = ?").param(teen.childId())
                .query(Long.class).single();
        String guardians = mvc.perform(get("/familie/barn/{c}/samtykker", teen.childId())
                .with(families.as(teen.guardianNumber()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(guardians).doesNotContain("Helse og skole");
        mvc.perform(post("/familie/barn/{c}/samtykker/foresporsler/{r}", teen.childId(), requestId)
                .with(families.as(teen.guardianNumber())).with(csrf()).param("answer", "ALL"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/familie/barn/{c}/samtykker/foresporsler/{r}", teen.childId(), requestId)
                .with(families.as(teen.childNumber())).with(csrf()).param("answer", "ALL"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select c.given_by from consent c join consent_request r on r.consent_id = c.id where r.id = ?")
                .param(requestId).query(String.class).single()).isEqualTo("YOUNG_PERSON");
    }

    @Test
    void aRequestForTheYoungPersonBeforeTheConsentAgeIsRefused() throws Exception {
        String form = mvc.perform(post("/children/{id}/consent-requests", family.childId()).with(as(accounts, "laerer"))
                        .with(csrf()).param("givenBy", "YOUNG_PERSON").param("purpose", "For ung")
                        .param("categories", "BASIC").param("receiverUnitIds", String.valueOf(nurseUnit))
                        .param("validFrom", today.toString()).param("validTo", today.plusDays(30).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("id=\"givenBy-error\"");
    }

    @Test
    void theFamilysConsentPageMakesTheSameNumberOfStatementsForOneOrManyConsents() throws Exception {
        liveConsent();
        page(family.guardianNumber());
        sql.reset();
        page(family.guardianNumber());
        int one = sql.count();
        liveConsent();
        liveConsent();
        request("GUARDIANS", today, today.plusMonths(1), "HEALTH");
        page(family.guardianNumber());
        sql.reset();
        page(family.guardianNumber());
        assertThat(sql.count()).isEqualTo(one);
    }
}
