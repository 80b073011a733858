package no.laget.plan.internal;

import no.laget.organisation.Organisation;
import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.Accounts.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LagetTest
class PlanApiTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired PlanRepository repository;
    @Autowired Organisation organisation;
    @Autowired Plans plans;

    @Test
    void municipal_staff_read_a_plan_and_update_an_action_s_status() throws Exception {
        long unit = PlanTestData.unitId(organisation, "Gimle skole");
        var arranged = PlanTestData.plan(repository, unique("Plan"), unit, 2, 2020, 2021);
        long actionId = arranged.actionIds().getFirst();

        mvc.perform(get("/api/v1/plans/{id}", arranged.planId()).with(as(accounts, "oppvekst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.areas[0].actions.length()").value(2))
                .andExpect(jsonPath("$.areas[0].actions[0].overdue").value(true))
                .andExpect(jsonPath("$.areas[0].targets[0].indicatorCode").value("NAERVAER_TEST"));

        mvc.perform(put("/api/v1/plans/{p}/actions/{a}/status", arranged.planId(), actionId).with(as(accounts, "oppvekst"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"DONE\",\"comment\":\"Rutinene er vedtatt.\",\"date\":\"2021-11-30\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.overdue").value(false));

        mvc.perform(get("/api/v1/plans/{p}/actions/{a}/status-history", arranged.planId(), actionId)
                        .with(as(accounts, "oppvekst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("DONE"))
                .andExpect(jsonPath("$[0].recordedBy").value("Olga Planlegger"));
    }

    @Test
    void bad_input_is_problem_json_with_a_message_per_field() throws Exception {
        long unit = PlanTestData.unitId(organisation, "Gimle skole");
        var arranged = PlanTestData.plan(repository, unique("Plan"), unit, 1, 2020, 2030);
        long actionId = arranged.actionIds().getFirst();

        mvc.perform(put("/api/v1/plans/{p}/actions/{a}/status", arranged.planId(), actionId).with(as(accounts, "oppvekst"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"DELAYED\",\"comment\":\"\",\"date\":\"i går\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("comment"))
                .andExpect(jsonPath("$.errors[0].message").value("Skriv hvorfor tiltaket er forsinket."))
                .andExpect(jsonPath("$.errors[1].field").value("date"));

        mvc.perform(put("/api/v1/plans/{p}/actions/{a}/status", arranged.planId(), actionId).with(as(accounts, "oppvekst"))
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(get("/api/v1/plans/{p}/actions/{a}", arranged.planId(), "abc").with(as(accounts, "oppvekst")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(plans.history(actionId)).isEmpty();
    }

    @Test
    void an_action_of_another_plan_or_an_unknown_one_is_404_problem_json() throws Exception {
        long unit = PlanTestData.unitId(organisation, "Gimle skole");
        var one = PlanTestData.plan(repository, unique("Plan"), unit, 1, 2020, 2030);
        var other = PlanTestData.plan(repository, unique("Plan"), unit, 1, 2020, 2030);

        mvc.perform(get("/api/v1/plans/{p}/actions/{a}", other.planId(), one.actionIds().getFirst())
                        .with(as(accounts, "oppvekst")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/plans/{p}", 987654321L).with(as(accounts, "oppvekst")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void a_leader_of_another_unit_gets_403_problem_json_and_an_employee_is_refused_at_the_door() throws Exception {
        long school = PlanTestData.unitId(organisation, "Gimle skole");
        var arranged = PlanTestData.plan(repository, unique("Plan"), school, 1, 2020, 2030);
        long actionId = arranged.actionIds().getFirst();
        String body = "{\"status\":\"DONE\",\"comment\":\"\",\"date\":\"2025-01-01\"}";

        mvc.perform(put("/api/v1/plans/{p}/actions/{a}/status", arranged.planId(), actionId).with(as(accounts, "leder"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Du har ikke tilgang"));
        mvc.perform(put("/api/v1/plans/{p}/actions/{a}/status", arranged.planId(), actionId).with(as(accounts, "laerer"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(plans.action(actionId).status()).isEqualTo(ActionStatus.NOT_STARTED);
    }
}
