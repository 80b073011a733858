package no.laget.plan.internal;

import java.util.List;

import no.laget.organisation.Organisation;
import no.laget.support.LagetTest;
import no.laget.support.SqlStatementCounter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.Accounts.unique;
import static no.laget.support.ProblemJson.problemJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Making and changing a plan's name, period, areas with goals and strategies; and a unit's own list of actions. */
@LagetTest
class PlanEditingTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired PlanRepository repository;
    @Autowired Organisation organisation;
    @Autowired Plans plans;
    @Autowired SqlStatementCounter sql;

    @Test
    void municipal_staff_make_a_plan_with_an_area_its_goals_and_a_strategy_and_change_them() throws Exception {
        String name = unique("Oppvekstplan");
        mvc.perform(get("/plan/new").with(as(accounts, "oppvekst"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ny plan")));
        mvc.perform(post("/plan").with(as(accounts, "oppvekst")).with(csrf())
                        .param("name", name).param("fromYear", "2026").param("toYear", "2035").param("version", ""))
                .andExpect(status().is3xxRedirection());
        Plan plan = plans.plans().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        assertThat(plan.fromYear()).isEqualTo(2026);
        assertThat(plan.toYear()).isEqualTo(2035);

        mvc.perform(post("/plan/{id}/areas", plan.id()).with(as(accounts, "oppvekst")).with(csrf())
                        .param("title", "Helsefremmende oppvekst").param("description", "")
                        .param("goals", "Alle barn er i aktivitet.\n\n  Alle skoler er helsefremmende.  \n"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/plan/{id}/areas", plan.id()).with(as(accounts, "oppvekst")).with(csrf())
                        .param("title", "Medvirkning").param("description", "Barn og unge blir hørt.").param("goals", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/plan/{id}/strategies", plan.id()).with(as(accounts, "oppvekst")).with(csrf())
                        .param("title", "Tidlig innsats").param("description", ""))
                .andExpect(status().is3xxRedirection());

        var overview = plans.overview(plan.id());
        assertThat(overview.areas()).extracting(a -> a.position() + " " + a.title())
                .containsExactly("1 Helsefremmende oppvekst", "2 Medvirkning");
        assertThat(overview.areas().getFirst().goals())
                .containsExactly("Alle barn er i aktivitet.", "Alle skoler er helsefremmende.");
        assertThat(overview.areas().getFirst().description()).isNull();
        assertThat(overview.strategies()).singleElement().satisfies(s -> assertThat(s.title()).isEqualTo("Tidlig innsats"));

        long areaId = overview.areas().getFirst().id();
        long strategyId = overview.strategies().getFirst().id();
        mvc.perform(get("/plan/areas/{id}/edit", areaId).with(as(accounts, "oppvekst"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Alle barn er i aktivitet.\nAlle skoler er helsefremmende.")));
        mvc.perform(post("/plan/areas/{id}", areaId).with(as(accounts, "oppvekst")).with(csrf())
                        .param("title", "Helse og trivsel").param("description", "Om helse.")
                        .param("goals", "Alle skoler er helsefremmende.").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/plan/strategies/{id}", strategyId).with(as(accounts, "oppvekst")).with(csrf())
                        .param("title", "Tidlig og tverrfaglig innsats").param("description", "Sammen.").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/plan/{id}", plan.id()).with(as(accounts, "oppvekst")).with(csrf())
                        .param("name", name + " (revidert)").param("fromYear", "2026").param("toYear", "2036")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());

        var changed = plans.overview(plan.id());
        assertThat(changed.plan().name()).isEqualTo(name + " (revidert)");
        assertThat(changed.plan().toYear()).isEqualTo(2036);
        assertThat(changed.plan().version()).isEqualTo(1);
        assertThat(changed.areas().getFirst().title()).isEqualTo("Helse og trivsel");
        assertThat(changed.areas().getFirst().goals()).containsExactly("Alle skoler er helsefremmende.");
        assertThat(changed.strategies().getFirst().title()).isEqualTo("Tidlig og tverrfaglig innsats");
        mvc.perform(get("/plan/{id}", plan.id()).with(as(accounts, "oppvekst")))
                .andExpect(content().string(containsString("Endre området og målene (Helse og trivsel)")))
                .andExpect(content().string(containsString("Slik vil vi ha det i 2036")));
    }

    @Test
    void a_unit_leader_and_an_employee_may_not_make_or_change_a_plan_in_the_pages_or_the_api() throws Exception {
        long school = PlanTestData.unitId(organisation, "Gimle skole");
        var arranged = PlanTestData.plan(repository, unique("Plan"), school, 1, 2020, 2030);
        String name = unique("Kapret plan");

        for (String user : List.of("leder", "laerer")) {
            mvc.perform(get("/plan/new").with(as(accounts, user))).andExpect(status().isForbidden());
            mvc.perform(post("/plan").with(as(accounts, user)).with(csrf())
                    .param("name", name).param("fromYear", "2026").param("toYear", "2030")).andExpect(status().isForbidden());
            mvc.perform(post("/plan/areas/{id}", arranged.areaId()).with(as(accounts, user)).with(csrf())
                    .param("title", "Kapret").param("version", "0")).andExpect(status().isForbidden());
            mvc.perform(post("/plan/{id}/strategies", arranged.planId()).with(as(accounts, user)).with(csrf())
                    .param("title", "Kapret")).andExpect(status().isForbidden());
        }
        // unit leaders get into the plan API to update status; changing the plan is refused by the module
        mvc.perform(post("/api/v1/plans").with(as(accounts, "leder")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"fromYear\":2026,\"toYear\":2030}"))
                .andExpect(problemJson(status().isForbidden()))
                .andExpect(jsonPath("$.detail").value("Bare oppvekstadministrasjonen kan lage og endre planer."));
        mvc.perform(put("/api/v1/plans/{p}/areas/{a}", arranged.planId(), arranged.areaId()).with(as(accounts, "leder"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Kapret\",\"version\":0}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/plans/{p}/actions/{a}", arranged.planId(), arranged.actionIds().getFirst())
                        .with(as(accounts, "leder")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Kapret\",\"version\":0}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/plans").with(as(accounts, "laerer")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"fromYear\":2026,\"toYear\":2030}"))
                .andExpect(status().isForbidden());

        assertThat(plans.plans()).noneMatch(p -> p.name().equals(name));
        var overview = plans.overview(arranged.planId());
        assertThat(overview.areas().getFirst().title()).isEqualTo("Helsefremmende oppvekst");
        assertThat(overview.strategies()).hasSize(1);
        assertThat(plans.action(arranged.actionIds().getFirst()).title()).doesNotContain("Kapret");
    }

    @Test
    void every_refused_plan_field_gets_its_own_message_next_to_it_and_keeps_what_was_typed() throws Exception {
        expectPlanProblem("", "2026", "2030", "name-error", "Skriv inn navnet på planen.");
        expectPlanProblem("x".repeat(201), "2026", "2030", "name-error", "Navnet kan ha høyst 200 tegn.");
        expectPlanProblem("Plan", "", "2030", "fromYear-error", "Skriv inn året planen begynner.");
        expectPlanProblem("Plan", "tjuetjueseks", "2030", "fromYear-error", "Skriv året planen begynner med fire sifre");
        expectPlanProblem("Plan", "1999", "2030", "fromYear-error", "Året planen begynner må være mellom 2000 og 2100.");
        expectPlanProblem("Plan", "2026", "", "toYear-error", "Skriv inn året planen slutter.");
        expectPlanProblem("Plan", "2030", "2026", "toYear-error", "Planen kan ikke slutte før den begynner.");
        expectPlanProblem("Plan", "2026", "2046", "toYear-error", "Planperioden kan være høyst 20 år.");
        // the 20th year is still allowed: 2026-2045
        String name = unique("Tjue år");
        mvc.perform(post("/plan").with(as(accounts, "oppvekst")).with(csrf())
                .param("name", name).param("fromYear", "2026").param("toYear", "2045"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.plans()).anyMatch(p -> p.name().equals(name));
    }

    private void expectPlanProblem(String name, String from, String to, String errorId, String message) throws Exception {
        String page = mvc.perform(post("/plan").with(as(accounts, "oppvekst")).with(csrf())
                        .param("name", name).param("fromYear", from).param("toYear", to).param("version", ""))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-error-summary", "href=\"#" + errorId.replace("-error", "") + "\"",
                "id=\"" + errorId + "\"", message, "<title>Feil: ");
        for (String typed : List.of(name, from, to)) {
            if (!typed.isEmpty()) {
                assertThat(page).contains("value=\"" + typed + "\"");
            }
        }
    }

    @Test
    void a_period_that_leaves_out_an_action_is_refused_and_so_are_bad_areas_and_strategies() throws Exception {
        long school = PlanTestData.unitId(organisation, "Gimle skole");
        var arranged = PlanTestData.plan(repository, unique("Plan"), school, 1, 2021, 2029);
        long planId = arranged.planId();
        String name = plans.plan(planId).name();

        String page = postPlan(planId, name, "2022", "2032", "0");
        assertThat(page).contains("id=\"fromYear-error\"", "Planen har tiltak som begynner før dette året.");
        page = postPlan(planId, name, "2020", "2028", "0");
        assertThat(page).contains("id=\"toYear-error\"", "Planen har tiltak som varer etter dette året.");
        assertThat(postPlan(planId, name, "2021", "2029", "0")).isEmpty(); // exactly the actions' years: allowed

        page = mvc.perform(post("/plan/{id}/areas", planId).with(as(accounts, "oppvekst")).with(csrf())
                        .param("title", " ").param("description", "Typet beskrivelse").param("goals", "Kort mål\n" + "x".repeat(1001)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"title-error\"", "Skriv inn navnet på utviklingsområdet.",
                "id=\"goals-error\"", "Hvert mål kan ha høyst 1000 tegn.", ">Typet beskrivelse</textarea>", "Kort mål");
        page = mvc.perform(post("/plan/{id}/areas", planId).with(as(accounts, "oppvekst")).with(csrf())
                        .param("title", "Mange mål").param("goals", "Mål\n".repeat(31)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Skriv høyst 30 mål for et utviklingsområde.");
        page = mvc.perform(post("/plan/{id}/strategies", planId).with(as(accounts, "oppvekst")).with(csrf())
                        .param("title", "").param("description", "Typet"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"title-error\"", "Skriv inn strategien.", ">Typet</textarea>");

        assertThat(plans.overview(planId).areas()).hasSize(1);
        assertThat(plans.overview(planId).strategies()).hasSize(1);
        assertThat(plans.plan(planId).fromYear()).isEqualTo(2021);

        // the API answers the same rules as problem+json, one entry per field
        mvc.perform(post("/api/v1/plans").with(as(accounts, "oppvekst")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"fromYear\":2030,\"toYear\":2026}"))
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("Skriv inn navnet på planen."))
                .andExpect(jsonPath("$.errors[1].field").value("toYear"))
                .andExpect(jsonPath("$.errors[1].message").value("Planen kan ikke slutte før den begynner."));
        mvc.perform(post("/api/v1/plans/{id}/areas", planId).with(as(accounts, "oppvekst"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
    }

    private String postPlan(long planId, String name, String from, String to, String version) throws Exception {
        var response = mvc.perform(post("/plan/{id}", planId).with(as(accounts, "oppvekst")).with(csrf())
                .param("name", name).param("fromYear", from).param("toYear", to).param("version", version))
                .andReturn().getResponse();
        return response.getStatus() == 302 ? "" : response.getContentAsString();
    }

    @Test
    void a_save_against_an_older_version_is_refused_with_what_was_typed_kept_and_409_in_the_api() throws Exception {
        long school = PlanTestData.unitId(organisation, "Gimle skole");
        var arranged = PlanTestData.plan(repository, unique("Plan"), school, 1, 2020, 2030);
        long actionId = arranged.actionIds().getFirst();

        mvc.perform(post("/plan/areas/{id}", arranged.areaId()).with(as(accounts, "oppvekst")).with(csrf())
                        .param("title", "Først").param("goals", "").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(post("/plan/areas/{id}", arranged.areaId()).with(as(accounts, "oppvekst")).with(csrf())
                        .param("title", "Sist").param("goals", "Mitt mål").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Noen andre har endret dette i mellomtiden.", "href=\"#version\"", "value=\"Sist\"",
                ">Mitt mål</textarea>");
        assertThat(plans.overview(arranged.planId()).areas().getFirst().title()).isEqualTo("Først");
        assertThat(plans.overview(arranged.planId()).areas().getFirst().goals()).isEmpty();

        // a form without a version is not a blind overwrite either
        mvc.perform(post("/plan/{id}", arranged.planId()).with(as(accounts, "oppvekst")).with(csrf())
                        .param("name", "Uten versjon").param("fromYear", "2020").param("toYear", "2032"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Noen andre har endret dette i mellomtiden.")));

        String action = "{\"areaId\":" + arranged.areaId() + ",\"title\":\"Nytt navn\",\"ownerUnitId\":" + school
                + ",\"fromYear\":2020,\"toYear\":2030,\"version\":0}";
        mvc.perform(put("/api/v1/plans/{p}/actions/{a}", arranged.planId(), actionId).with(as(accounts, "oppvekst"))
                        .contentType(MediaType.APPLICATION_JSON).content(action))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/plans/{p}/actions/{a}", arranged.planId(), actionId).with(as(accounts, "oppvekst"))
                        .contentType(MediaType.APPLICATION_JSON).content(action.replace("Nytt navn", "Annet navn")))
                .andExpect(problemJson(status().isConflict()))
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(plans.action(actionId).title()).isEqualTo("Nytt navn");
    }

    @Test
    void a_unit_leader_sees_the_actions_their_unit_owns_and_no_other_unit_s() throws Exception {
        long kindergarten = PlanTestData.unitId(organisation, "Brekkerød barnehage");
        long school = PlanTestData.unitId(organisation, "Gimle skole");
        var own = PlanTestData.plan(repository, unique("Barnehageplan"), kindergarten, 2, 2020, 2021);
        var other = PlanTestData.plan(repository, unique("Skoleplan"), school, 1, 2020, 2030);
        String ownTitle = plans.action(own.actionIds().getFirst()).title();
        String otherTitle = plans.action(other.actionIds().getFirst()).title();

        mvc.perform(get("/mine-frister").with(as(accounts, "leder")))
                .andExpect(content().string(containsString("href=\"/plan/actions/my-unit\"")));
        String page = mvc.perform(get("/plan/actions/my-unit").with(as(accounts, "leder")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tiltak enheten din eier", "Brekkerød barnehage eier", ownTitle,
                "href=\"/plan/actions/" + own.actionIds().getFirst() + "\"", "På overtid");
        assertThat(page).doesNotContain(otherTitle);
        assertThat(plans.ownedBy(kindergarten)).extracting(u -> u.action().ownerUnitId()).containsOnly(kindergarten);

        mvc.perform(get("/api/v1/plans/actions/my-unit").with(as(accounts, "leder")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ownTitle)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(otherTitle))));
        // an employee without a plan role does not reach the list
        mvc.perform(get("/plan/actions/my-unit").with(as(accounts, "laerer"))).andExpect(status().isForbidden());
        // the action page leads the leader back to the list
        mvc.perform(get("/plan/actions/{id}", own.actionIds().getFirst()).with(as(accounts, "leder")))
                .andExpect(content().string(containsString("Tilbake til tiltakene enheten din eier")));
    }

    @Test
    void the_unit_s_list_makes_as_many_statements_with_forty_more_actions_as_before() throws Exception {
        long kindergarten = PlanTestData.unitId(organisation, "Brekkerød barnehage");
        long nav = PlanTestData.unitId(organisation, "NAV Halden-Aremark");
        PlanTestData.plan(repository, unique("Plan"), kindergarten, 1, 2020, 2030);
        int few = statementsFor("leder");

        PlanTestData.plan(repository, unique("Plan"), kindergarten, 40, 2020, 2030);
        PlanTestData.plan(repository, unique("Plan"), kindergarten, 3, 2020, 2021);
        PlanTestData.plan(repository, unique("Plan"), nav, 5, 2020, 2030);

        assertThat(statementsFor("leder")).isEqualTo(few);
    }

    private int statementsFor(String user) throws Exception {
        sql.reset();
        mvc.perform(get("/plan/actions/my-unit").with(as(accounts, user))).andExpect(status().isOk());
        return sql.count();
    }
}
