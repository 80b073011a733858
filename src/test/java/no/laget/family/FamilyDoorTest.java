package no.laget.family;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import no.laget.support.FamilyFixtures;
import no.laget.support.FamilyFixtures.Family;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.PageContent.withoutToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who sees which child through the family's door (rules 9 and 17), and that every look is logged. */
@LagetTest
class FamilyDoorTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Autowired MockMvc mvc;
    @Autowired FamilyFixtures families;
    @Autowired MovableClock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void today(LocalDate day) {
        clock.set(day.atTime(12, 0).atZone(OSLO).toInstant());
    }

    @Test
    void aGuardianWithParentalResponsibilitySeesTheChildAndTheLookIsLoggedWithTheFamilyAsActor() throws Exception {
        Family family = families.childWithGuardian("laerer", LocalDate.of(2016, 4, 12), true);
        String start = mvc.perform(get("/familie").with(families.as(family.guardianNumber())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(start).contains("/familie/barn/" + family.childId());
        mvc.perform(get("/familie/barn/{id}", family.childId()).with(families.as(family.guardianNumber())))
                .andExpect(status().isOk());
        long member = families.member(family.guardianNumber()).memberId();
        List<Map<String, Object>> log = jdbc.sql("""
                select employee_id, username, roles, client, outcome, basis, object_type from access_log
                 where child_id = ? and username = ? order by id""")
                .params(family.childId(), "familie:" + member).query().listOfRows();
        assertThat(log).extracting(row -> row.get("object_type")).containsExactly("family-children", "family-child");
        assertThat(log).allSatisfy(row -> {
            assertThat(row.get("employee_id")).isEqualTo(0L);
            assertThat(row.get("roles")).isEqualTo("GUARDIAN");
            assertThat(row.get("client")).isEqualTo("FAMILY");
            assertThat(row.get("outcome")).isEqualTo("ALLOWED");
            assertThat(row.get("basis")).isEqualTo("FAMILY");
        });
        assertThat(jdbc.sql("select count(*) from access_log where username like '%' || ? || '%'")
                .param(family.guardianNumber()).query(Long.class).single()).isZero();
    }

    @Test
    void aGuardianWithoutParentalResponsibilitySeesNothingAndGetsTheAnswerOfAMissingChild() throws Exception {
        Family family = families.childWithGuardian("laerer", LocalDate.of(2016, 4, 12), false);
        assertThat(mvc.perform(get("/familie").with(families.as(family.guardianNumber())))
                .andReturn().getResponse().getContentAsString()).doesNotContain("/familie/barn/" + family.childId());
        String refused = mvc.perform(get("/familie/barn/{id}", family.childId()).with(families.as(family.guardianNumber())))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String missing = mvc.perform(get("/familie/barn/{id}", Long.MAX_VALUE).with(families.as(family.guardianNumber())))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(withoutToken(refused)).isEqualTo(withoutToken(missing));
        assertThat(jdbc.sql("select outcome || ':' || reason_code from access_log where child_id = ? and client = 'FAMILY'")
                .param(family.childId()).query(String.class).list()).containsExactly("DENIED:FAMILY_NOT_ENTITLED");
    }

    /**
     * The CSRF token differs from request to request; nothing else may.
     */
    @Test
    void theGuardiansAccessEndsOnTheDayTheChildTurns18() throws Exception {
        Family family = families.childWithGuardian("laerer", LocalDate.of(2008, 3, 10), true);
        today(LocalDate.of(2026, 3, 9));
        mvc.perform(get("/familie/barn/{id}", family.childId()).with(families.as(family.guardianNumber())))
                .andExpect(status().isOk());
        today(LocalDate.of(2026, 3, 10));
        mvc.perform(get("/familie/barn/{id}", family.childId()).with(families.as(family.guardianNumber())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aChildBornOn29FebruaryTurns18On1March() throws Exception {
        Family family = families.childWithGuardian("laerer", LocalDate.of(2008, 2, 29), true);
        today(LocalDate.of(2026, 2, 28));
        mvc.perform(get("/familie/barn/{id}", family.childId()).with(families.as(family.guardianNumber())))
                .andExpect(status().isOk());
        today(LocalDate.of(2026, 3, 1));
        mvc.perform(get("/familie/barn/{id}", family.childId()).with(families.as(family.guardianNumber())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theYoungPersonSeesTheirOwnPageFromTheConsentAgeUntil25() throws Exception {
        Family family = families.childWithGuardian("laerer", LocalDate.of(2010, 6, 15), true);
        today(LocalDate.of(2026, 6, 14));
        mvc.perform(get("/familie/barn/{id}", family.childId()).with(families.as(family.childNumber())))
                .andExpect(status().isNotFound());
        today(LocalDate.of(2026, 6, 15));
        mvc.perform(get("/familie/barn/{id}", family.childId()).with(families.as(family.childNumber())))
                .andExpect(status().isOk());
        today(LocalDate.of(2035, 6, 14));
        mvc.perform(get("/familie/barn/{id}", family.childId()).with(families.as(family.childNumber())))
                .andExpect(status().isOk());
        today(LocalDate.of(2035, 6, 15));
        mvc.perform(get("/familie/barn/{id}", family.childId()).with(families.as(family.childNumber())))
                .andExpect(status().isNotFound());
    }

    @Test
    void whenChildWelfareHasCareTheGuardianSeesOnlyThatChildWelfareAnswers() throws Exception {
        Family family = families.childWithGuardian("laerer", LocalDate.of(2016, 4, 12), true);
        jdbc.sql("update child set child_welfare_has_care = true where id = ?").param(family.childId()).update();
        String page = mvc.perform(get("/familie/barn/{id}", family.childId()).with(families.as(family.guardianNumber())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Barneverntjenesten har omsorgen").doesNotContain("/familie/barn/" + family.childId() + "/");
    }

    @Test
    void anEmployeeNeverReachesTheFamilyPagesAndAnonymousVisitorsAreSentToTheFamilyLogin() throws Exception {
        mvc.perform(get("/familie")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/familie/logg-inn"));
        mvc.perform(get("/familie").with(user("laerer").roles("EMPLOYEE"))).andExpect(status().isForbidden());
        mvc.perform(get("/familie/logg-inn")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Logg inn")));
    }
}
