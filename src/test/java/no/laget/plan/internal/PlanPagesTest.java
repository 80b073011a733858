package no.laget.plan.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import no.laget.organisation.Organisation;
import no.laget.platform.time.Oslo;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.UnitFixtures;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.Accounts.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LagetTest
class PlanPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired PlanRepository repository;
    @Autowired Organisation organisation;
    @Autowired Plans plans;
    @Autowired MovableClock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_demo_plan_is_halden_s_plan_with_its_areas_and_actions() throws Exception {
        long planId = plans.plans().stream().filter(p -> p.name().equals("Kommunedelplan oppvekst 2020–2032"))
                .findFirst().orElseThrow().id();
        var overview = plans.overview(planId);
        assertThat(overview.areas()).extracting(a -> a.title()).containsExactly("Helsefremmende oppvekst",
                "Forebyggende, tidlig og tverrfaglig innsats", "Opplæring og utdanning",
                "Foreldresamarbeid og annet samarbeid", "Utviklingsarbeid", "Medvirkning");
        assertThat(overview.strategies()).hasSize(5);
        assertThat(overview.actionCount()).isEqualTo(58);
        assertThat(overview.areas().get(2).targets()).extracting(t -> t.indicatorCode()).containsExactly("NAERVAER_GRUNNSKOLE");

        mvc.perform(get("/plan/{id}", planId).with(as(accounts, "oppvekst")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Slik vil vi ha det i 2032")))
                .andExpect(content().string(containsString("Igangsette det rusforebyggende tiltaket Utsett på alle ungdomsskoler")))
                .andExpect(content().string(containsString("Fullført")))
                .andExpect(content().string(containsString("Tiltak på overtid")));
    }

    @Test
    void an_action_whose_period_has_ended_is_labelled_overdue_in_words() throws Exception {
        long unit = PlanTestData.unitId(organisation, "Oppvekst, rådhuset");
        var arranged = PlanTestData.plan(repository, unique("Plan"), unit, 1, 2020, 2021);

        String page = mvc.perform(get("/plan/{id}", arranged.planId()).with(as(accounts, "oppvekst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Tiltak på overtid (1)", "På overtid", "perioden endte 2021, status: Ikke startet");
    }

    @Test
    void overdue_starts_the_day_after_the_last_day_of_the_end_year_in_oslo() throws Exception {
        long unit = PlanTestData.unitId(organisation, "Oppvekst, rådhuset");
        var arranged = PlanTestData.plan(repository, unique("Plan"), unit, 1, 2026, 2027);
        long actionId = arranged.actionIds().getFirst();

        // 31.12.2027 23:59:59 in Oslo (UTC+1 in winter): the period's last second.
        moveTo(Instant.parse("2027-12-31T22:59:59Z"));
        assertThat(plans.action(actionId).overdue()).isFalse();
        mvc.perform(get("/plan/actions/{id}", actionId).with(as(accounts, "oppvekst")))
                .andExpect(content().string(not(containsString("På overtid"))));

        // 23:00 UTC is already 1.1.2028 in Oslo, though still 2027 in UTC.
        moveTo(Instant.parse("2027-12-31T23:00:00Z"));
        assertThat(plans.action(actionId).overdue()).isTrue();
        mvc.perform(get("/plan/actions/{id}", actionId).with(as(accounts, "oppvekst")))
                .andExpect(content().string(containsString("På overtid")));
    }

    @Test
    void municipal_staff_update_the_status_and_the_history_keeps_every_update() throws Exception {
        long unit = PlanTestData.unitId(organisation, "Gimle skole");
        var arranged = PlanTestData.plan(repository, unique("Plan"), unit, 1, 2020, 2025);
        long actionId = arranged.actionIds().getFirst();
        String today = LocalDate.now(clock.withZone(Oslo.ZONE)).toString();

        mvc.perform(post("/plan/actions/{id}/status", actionId).with(as(accounts, "oppvekst")).with(csrf())
                        .param("status", "ONGOING").param("comment", "Første samling holdt.").param("date", "2024-03-01"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/plan/actions/" + actionId));
        mvc.perform(post("/plan/actions/{id}/status", actionId).with(as(accounts, "oppvekst")).with(csrf())
                        .param("status", "DONE").param("comment", "Ferdig.").param("date", today))
                .andExpect(status().is3xxRedirection());

        assertThat(plans.action(actionId).status()).isEqualTo(ActionStatus.DONE);
        assertThat(plans.action(actionId).overdue()).isFalse();
        assertThat(plans.history(actionId)).extracting(h -> h.status())
                .containsExactly(ActionStatus.ONGOING, ActionStatus.DONE);
        mvc.perform(get("/plan/actions/{id}", actionId).with(as(accounts, "oppvekst")))
                .andExpect(content().string(containsString("Første samling holdt.")))
                .andExpect(content().string(containsString("1.3.2024")))
                .andExpect(content().string(containsString("Olga Planlegger")));
    }

    @Test
    void an_older_update_recorded_later_goes_into_the_history_but_does_not_replace_the_current_status() throws Exception {
        long unit = PlanTestData.unitId(organisation, "Gimle skole");
        long actionId = PlanTestData.plan(repository, unique("Plan"), unit, 1, 2020, 2032).actionIds().getFirst();
        mvc.perform(post("/plan/actions/{id}/status", actionId).with(as(accounts, "oppvekst")).with(csrf())
                .param("status", "ONGOING").param("comment", "").param("date", "2025-05-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/plan/actions/{id}/status", actionId).with(as(accounts, "oppvekst")).with(csrf())
                .param("status", "DELAYED").param("comment", "Glemt å føre i fjor.").param("date", "2024-05-01"))
                .andExpect(status().is3xxRedirection());

        assertThat(plans.action(actionId).status()).isEqualTo(ActionStatus.ONGOING);
        assertThat(plans.history(actionId)).extracting(h -> h.status())
                .containsExactly(ActionStatus.DELAYED, ActionStatus.ONGOING);
    }

    @Test
    void a_leader_of_the_owning_unit_may_update_and_a_leader_of_another_unit_may_not() throws Exception {
        long kindergarten = PlanTestData.unitId(organisation, "Brekkerød barnehage");
        long school = PlanTestData.unitId(organisation, "Gimle skole");
        long own = PlanTestData.plan(repository, unique("Plan"), kindergarten, 1, 2020, 2030).actionIds().getFirst();
        long other = PlanTestData.plan(repository, unique("Plan"), school, 1, 2020, 2030).actionIds().getFirst();

        mvc.perform(get("/plan/actions/{id}", own).with(as(accounts, "leder")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Oppdater status")));
        mvc.perform(post("/plan/actions/{id}/status", own).with(as(accounts, "leder")).with(csrf())
                .param("status", "ONGOING").param("comment", "I gang.").param("date", "2025-01-10"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.action(own).status()).isEqualTo(ActionStatus.ONGOING);

        mvc.perform(get("/plan/actions/{id}", other).with(as(accounts, "leder")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Oppdater status"))));
        mvc.perform(post("/plan/actions/{id}/status", other).with(as(accounts, "leder")).with(csrf())
                .param("status", "DONE").param("comment", "").param("date", "2025-01-10"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Du har ikke tilgang")));
        assertThat(plans.action(other).status()).isEqualTo(ActionStatus.NOT_STARTED);
    }

    @Test
    void employees_without_a_plan_role_are_refused_and_unit_leaders_do_not_reach_the_overview() throws Exception {
        long school = PlanTestData.unitId(organisation, "Gimle skole");
        var arranged = PlanTestData.plan(repository, unique("Plan"), school, 1, 2020, 2030);
        long actionId = arranged.actionIds().getFirst();

        mvc.perform(get("/plan/actions/{id}", actionId).with(as(accounts, "laerer"))).andExpect(status().isForbidden());
        mvc.perform(post("/plan/actions/{id}/status", actionId).with(as(accounts, "laerer")).with(csrf())
                .param("status", "DONE").param("date", "2025-01-10")).andExpect(status().isForbidden());
        mvc.perform(get("/plan/{id}", arranged.planId()).with(as(accounts, "leder"))).andExpect(status().isForbidden());
        mvc.perform(get("/plan/actions/{id}/edit", actionId).with(as(accounts, "leder"))).andExpect(status().isForbidden());
        mvc.perform(post("/plan/actions/{id}", actionId).with(as(accounts, "leder")).with(csrf())
                .param("title", "Kapret")).andExpect(status().isForbidden());
        assertThat(plans.action(actionId).status()).isEqualTo(ActionStatus.NOT_STARTED);
    }

    @Test
    void every_bad_status_update_gets_its_own_message_and_keeps_what_was_typed() throws Exception {
        long unit = PlanTestData.unitId(organisation, "Gimle skole");
        long actionId = PlanTestData.plan(repository, unique("Plan"), unit, 1, 2020, 2030).actionIds().getFirst();
        String tomorrow = LocalDate.now(clock.withZone(Oslo.ZONE)).plusDays(1).toString();

        expectStatusProblem(actionId, "", "", "2025-01-01", "Velg en status.");
        expectStatusProblem(actionId, "FINISHED", "", "2025-01-01", "Velg en av statusene i listen.");
        expectStatusProblem(actionId, "DELAYED", "", "2025-01-01", "Skriv hvorfor tiltaket er forsinket.");
        expectStatusProblem(actionId, "CANCELLED", " ", "2025-01-01", "Skriv hvorfor tiltaket er avlyst.");
        expectStatusProblem(actionId, "ONGOING", "x".repeat(2001), "2025-01-01", "Kommentaren kan ha høyst 2000 tegn.");
        expectStatusProblem(actionId, "ONGOING", "Typet tekst", "", "Skriv inn datoen statusen gjelder fra.");
        expectStatusProblem(actionId, "ONGOING", "Typet tekst", "31.02.2025", "Skriv datoen som dag.måned.år");
        expectStatusProblem(actionId, "ONGOING", "Typet tekst", tomorrow, "Datoen kan ikke være etter i dag.");
        expectStatusProblem(actionId, "ONGOING", "Typet tekst", "2019-12-31", "Datoen kan ikke være før planen begynte.");
        assertThat(plans.history(actionId)).isEmpty();
    }

    private void expectStatusProblem(long actionId, String status, String comment, String date, String message)
            throws Exception {
        String page = mvc.perform(post("/plan/actions/{id}/status", actionId).with(as(accounts, "oppvekst")).with(csrf())
                        .param("status", status).param("comment", comment).param("date", date))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-error-summary", message);
        if (!comment.isBlank() && comment.length() < 100) {
            assertThat(page).contains(">" + comment + "</textarea>");
        }
        if (!date.isBlank()) {
            assertThat(page).contains("value=\"" + date + "\"");
        }
    }

    @Test
    void a_new_action_is_saved_with_status_not_started() throws Exception {
        long unit = PlanTestData.unitId(organisation, "PPT, Familiens hus");
        var arranged = PlanTestData.plan(repository, unique("Plan"), unit, 0, 2020, 2030);
        String title = unique("Kurs i trygghetssirkelen");

        mvc.perform(get("/plan/{id}/actions/new", arranged.planId()).param("area", String.valueOf(arranged.areaId()))
                        .with(as(accounts, "oppvekst")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Nytt tiltak")));
        mvc.perform(post("/plan/{id}/actions", arranged.planId()).with(as(accounts, "oppvekst")).with(csrf())
                        .param("areaId", String.valueOf(arranged.areaId())).param("title", title)
                        .param("ownerUnitId", String.valueOf(unit)).param("responsible", "Kommunalsjef UOK")
                        .param("partners", "Helsestasjonen").param("fromYear", "2025").param("toYear", "2027")
                        .param("periodNote", ""))
                .andExpect(status().is3xxRedirection());

        var saved = plans.overview(arranged.planId()).areas().getFirst().actions();
        assertThat(saved).singleElement().satisfies(action -> {
            assertThat(action.title()).isEqualTo(title);
            assertThat(action.status()).isEqualTo(ActionStatus.NOT_STARTED);
            assertThat(action.fromYear()).isEqualTo(2025);
            assertThat(action.toYear()).isEqualTo(2027);
            assertThat(action.periodNote()).isNull();
        });
    }

    @Test
    void every_refused_action_field_gets_its_own_message_next_to_it_and_keeps_what_was_typed() throws Exception {
        long unit = PlanTestData.unitId(organisation, "PPT, Familiens hus");
        var arranged = PlanTestData.plan(repository, unique("Plan"), unit, 0, 2020, 2030);
        String area = String.valueOf(arranged.areaId());

        expectActionProblems(arranged.planId(), area, "Tittel", "", "2025", "2026",
                "ownerUnitId-error", "Velg hvilken tjeneste som eier tiltaket.");
        expectActionProblems(arranged.planId(), area, "Tittel", "999999", "2025", "2026",
                "ownerUnitId-error", "Velg en av tjenestene i listen.");
        expectActionProblems(arranged.planId(), area, "Tittel", String.valueOf(unit), "2027", "2025",
                "toYear-error", "Tiltaket kan ikke slutte før det begynner.");
        expectActionProblems(arranged.planId(), area, "Tittel", String.valueOf(unit), "tjuetjuefem", "2026",
                "fromYear-error", "Skriv året med fire sifre");
        expectActionProblems(arranged.planId(), area, "Tittel", String.valueOf(unit), "2019", "2026",
                "fromYear-error", "Året må være innenfor planperioden.");
        expectActionProblems(arranged.planId(), area, "Tittel", String.valueOf(unit), "2025", "2033",
                "toYear-error", "Året må være innenfor planperioden.");
        expectActionProblems(arranged.planId(), area, "Tittel", String.valueOf(unit), "", "",
                "fromYear-error", "Skriv inn året tiltaket begynner.");
        expectActionProblems(arranged.planId(), area, "", String.valueOf(unit), "2025", "2026",
                "title-error", "Skriv hva tiltaket er.");
        expectActionProblems(arranged.planId(), "", "Tittel", String.valueOf(unit), "2025", "2026",
                "areaId-error", "Velg hvilket utviklingsområde tiltaket hører til.");
        // an area of another plan is not one of this plan's
        var otherPlan = PlanTestData.plan(repository, unique("Plan"), unit, 0, 2020, 2030);
        expectActionProblems(arranged.planId(), String.valueOf(otherPlan.areaId()), "Tittel", String.valueOf(unit),
                "2025", "2026", "areaId-error", "Velg et av utviklingsområdene i listen.");
        assertThat(plans.overview(arranged.planId()).actionCount()).isZero();
    }

    private void expectActionProblems(long planId, String area, String title, String owner, String from, String to,
            String errorId, String message) throws Exception {
        String page = mvc.perform(post("/plan/{id}/actions", planId).with(as(accounts, "oppvekst")).with(csrf())
                        .param("areaId", area).param("title", title).param("ownerUnitId", owner)
                        .param("responsible", "").param("partners", "Typet part").param("fromYear", from)
                        .param("toYear", to).param("periodNote", ""))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-error-summary", "id=\"" + errorId + "\"", message, "value=\"Typet part\"");
        if (!from.isEmpty()) {
            assertThat(page).contains("value=\"" + from + "\"");
        }
    }

    @Test
    void an_action_s_owner_is_offered_and_accepted_from_the_user_s_own_municipality_only() throws Exception {
        long unit = PlanTestData.unitId(organisation, "PPT, Familiens hus");
        var arranged = PlanTestData.plan(repository, unique("Plan"), unit, 0, 2020, 2030);
        String elsewhere = unique("Skole i nabokommunen");
        long foreign = new UnitFixtures(jdbc).unitInNeighbouringMunicipality("SCHOOL", elsewhere);

        mvc.perform(get("/plan/{id}/actions/new", arranged.planId()).with(as(accounts, "oppvekst")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("PPT, Familiens hus")))
                .andExpect(content().string(not(containsString(elsewhere))));
        String page = mvc.perform(post("/plan/{id}/actions", arranged.planId()).with(as(accounts, "oppvekst"))
                        .with(csrf()).param("areaId", String.valueOf(arranged.areaId())).param("title", "Over grensen")
                        .param("ownerUnitId", String.valueOf(foreign)).param("responsible", "")
                        .param("partners", "Typet part").param("fromYear", "2025").param("toYear", "2026")
                        .param("periodNote", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"ownerUnitId-error\"", "Velg en av tjenestene i listen.",
                ">Over grensen</textarea>", "value=\"Typet part\"").doesNotContain(elsewhere);
        assertThat(plans.overview(arranged.planId()).actionCount()).isZero();
    }

    @Test
    void an_action_owned_elsewhere_before_owners_were_kept_to_one_municipality_keeps_its_owner() throws Exception {
        String elsewhere = unique("Skole i nabokommunen");
        long foreign = new UnitFixtures(jdbc).unitInNeighbouringMunicipality("SCHOOL", elsewhere);
        var arranged = PlanTestData.plan(repository, unique("Plan"), foreign, 1, 2020, 2030);
        long actionId = arranged.actionIds().getFirst();

        mvc.perform(get("/plan/actions/{id}/edit", actionId).with(as(accounts, "oppvekst")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(elsewhere)));
        mvc.perform(post("/plan/actions/{id}", actionId).with(as(accounts, "oppvekst")).with(csrf())
                        .param("areaId", String.valueOf(arranged.areaId())).param("title", "Nytt navn")
                        .param("ownerUnitId", String.valueOf(foreign)).param("responsible", "")
                        .param("partners", "").param("fromYear", "2020").param("toYear", "2028")
                        .param("periodNote", "").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.action(actionId).ownerUnitName()).isEqualTo(elsewhere);
    }

    @Test
    void municipal_staff_change_an_action() throws Exception {
        long unit = PlanTestData.unitId(organisation, "PPT, Familiens hus");
        var arranged = PlanTestData.plan(repository, unique("Plan"), unit, 1, 2020, 2021);
        long actionId = arranged.actionIds().getFirst();
        long nav = PlanTestData.unitId(organisation, "NAV Halden-Aremark");

        mvc.perform(get("/plan/actions/{id}/edit", actionId).with(as(accounts, "oppvekst"))).andExpect(status().isOk());
        mvc.perform(post("/plan/actions/{id}", actionId).with(as(accounts, "oppvekst")).with(csrf())
                        .param("areaId", String.valueOf(arranged.areaId())).param("title", "Nytt navn")
                        .param("ownerUnitId", String.valueOf(nav)).param("responsible", "")
                        .param("partners", "").param("fromYear", "2020").param("toYear", "2028")
                        .param("periodNote", "Forlenget").param("version", "0"))
                .andExpect(status().is3xxRedirection());

        var action = plans.action(actionId);
        assertThat(action.title()).isEqualTo("Nytt navn");
        assertThat(action.ownerUnitName()).isEqualTo("NAV Halden-Aremark");
        assertThat(action.toYear()).isEqualTo(2028);
        assertThat(action.overdue()).isFalse();
    }

    @Test
    void an_unknown_action_is_a_404() throws Exception {
        mvc.perform(get("/plan/actions/{id}", 987654321L).with(as(accounts, "oppvekst"))).andExpect(status().isNotFound());
        mvc.perform(get("/plan/{id}", 987654321L).with(as(accounts, "oppvekst"))).andExpect(status().isNotFound());
    }

    private void moveTo(Instant target) {
        clock.advance(Duration.between(clock.instant(), target));
    }
}
