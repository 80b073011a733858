package no.laget.plan.internal;

import no.laget.organisation.Organisation;
import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static no.laget.support.Accounts.as;
import static no.laget.support.Accounts.unique;
import static no.laget.support.ProblemJson.problemJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LagetTest
class PlanApiTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired PlanRepository repository;
    @Autowired Organisation organisation;
    @Autowired Plans plans;

    /** The action's status as the API takes it: a JSON body, sent as {@code username}. */
    private ResultActions putStatus(String username, long planId, long actionId, String json) throws Exception {
        return mvc.perform(put("/api/v1/plans/{p}/actions/{a}/status", planId, actionId).with(as(accounts, username))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

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

        putStatus("oppvekst", arranged.planId(), actionId,
                "{\"status\":\"DONE\",\"comment\":\"Rutinene er vedtatt.\",\"date\":\"2021-11-30\"}")
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

        putStatus("oppvekst", arranged.planId(), actionId, "{\"status\":\"DELAYED\",\"comment\":\"\"}")
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[0].field").value("comment"))
                .andExpect(jsonPath("$.errors[0].message").value("Skriv hvorfor tiltaket er forsinket."))
                .andExpect(jsonPath("$.errors[1].field").value("date"))
                .andExpect(jsonPath("$.errors[1].message").value("Skriv inn datoen statusen gjelder fra."));

        // a date that is not one, or a status not in the list, is a 400 naming the field
        putStatus("oppvekst", arranged.planId(), actionId, "{\"status\":\"ONGOING\",\"comment\":\"\",\"date\":\"i går\"}")
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        putStatus("oppvekst", arranged.planId(), actionId, "{\"status\":\"FINISHED\",\"comment\":\"\",\"date\":\"2025-01-01\"}")
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[0].field").value("status"));

        putStatus("oppvekst", arranged.planId(), actionId, "{not json")
                .andExpect(problemJson(status().isBadRequest()));

        mvc.perform(get("/api/v1/plans/{p}/actions/{a}", arranged.planId(), "abc").with(as(accounts, "oppvekst")))
                .andExpect(problemJson(status().isBadRequest()));
        assertThat(plans.history(actionId)).isEmpty();
    }

    @Test
    void an_action_of_another_plan_or_an_unknown_one_is_404_problem_json() throws Exception {
        long unit = PlanTestData.unitId(organisation, "Gimle skole");
        var one = PlanTestData.plan(repository, unique("Plan"), unit, 1, 2020, 2030);
        var other = PlanTestData.plan(repository, unique("Plan"), unit, 1, 2020, 2030);

        mvc.perform(get("/api/v1/plans/{p}/actions/{a}", other.planId(), one.actionIds().getFirst())
                        .with(as(accounts, "oppvekst")))
                .andExpect(problemJson(status().isNotFound()));
        mvc.perform(get("/api/v1/plans/{p}", 987654321L).with(as(accounts, "oppvekst")))
                .andExpect(problemJson(status().isNotFound()));
    }

    @Test
    void a_leader_of_another_unit_gets_403_problem_json_and_an_employee_is_refused_at_the_door() throws Exception {
        long school = PlanTestData.unitId(organisation, "Gimle skole");
        var arranged = PlanTestData.plan(repository, unique("Plan"), school, 1, 2020, 2030);
        long actionId = arranged.actionIds().getFirst();
        String body = "{\"status\":\"DONE\",\"comment\":\"\",\"date\":\"2025-01-01\"}";

        putStatus("leder", arranged.planId(), actionId, body)
                .andExpect(problemJson(status().isForbidden()))
                .andExpect(jsonPath("$.title").value("Du har ikke tilgang"));
        putStatus("laerer", arranged.planId(), actionId, body)
                .andExpect(problemJson(status().isForbidden()));
        assertThat(plans.action(actionId).status()).isEqualTo(ActionStatus.NOT_STARTED);
    }

    @Test
    void a_year_sent_as_text_is_400_naming_the_field_and_typed_bodies_make_a_plan_an_area_and_an_action() throws Exception {
        String name = unique("Typet plan");

        mvc.perform(post("/api/v1/plans").with(as(accounts, "oppvekst")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"fromYear\":\"2025\",\"toYear\":2030}"))
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[0].field").value("fromYear"));
        assertThat(plans.plans()).noneMatch(p -> p.name().equals(name));
        // a missing year is the field's own message, a year outside 2000-2100 too
        mvc.perform(post("/api/v1/plans").with(as(accounts, "oppvekst")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"toYear\":2101}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fromYear"))
                .andExpect(jsonPath("$.errors[0].message").value("Skriv inn året planen begynner."))
                .andExpect(jsonPath("$.errors[1].field").value("toYear"))
                .andExpect(jsonPath("$.errors[1].message").value("Året planen slutter må være mellom 2000 og 2100."));

        String created = mvc.perform(post("/api/v1/plans").with(as(accounts, "oppvekst"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"fromYear\":2025,\"toYear\":2030}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fromYear").value(2025))
                .andExpect(jsonPath("$.toYear").value(2030))
                .andReturn().getResponse().getContentAsString();
        long planId = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));

        mvc.perform(post("/api/v1/plans/{p}/areas", planId).with(as(accounts, "oppvekst"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Trygg oppvekst\",\"goals\":[\" Alle barn er trygge. \",\"\",\"Ingen står alene.\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.areas[0].goals[0]").value("Alle barn er trygge."))
                .andExpect(jsonPath("$.areas[0].goals.length()").value(2));
        long areaId = plans.overview(planId).areas().getFirst().id();
        long unit = PlanTestData.unitId(organisation, "Gimle skole");

        mvc.perform(post("/api/v1/plans/{p}/actions", planId).with(as(accounts, "oppvekst"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"areaId\":\"" + areaId + "\",\"title\":\"Kurs\",\"ownerUnitId\":" + unit
                                + ",\"fromYear\":2025,\"toYear\":2026}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("areaId"));
        // the plan's years are the service's check: an action outside them is the field's message
        mvc.perform(post("/api/v1/plans/{p}/actions", planId).with(as(accounts, "oppvekst"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"areaId\":" + areaId + ",\"title\":\"Kurs\",\"ownerUnitId\":" + unit
                                + ",\"fromYear\":2024,\"toYear\":2026}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fromYear"))
                .andExpect(jsonPath("$.errors[0].message").value("Året må være innenfor planperioden."));
        mvc.perform(post("/api/v1/plans/{p}/actions", planId).with(as(accounts, "oppvekst"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"areaId\":" + areaId + ",\"title\":\"Kurs\",\"ownerUnitId\":" + unit
                                + ",\"fromYear\":2025,\"toYear\":2026}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.areaId").value(areaId))
                .andExpect(jsonPath("$.fromYear").value(2025))
                .andExpect(jsonPath("$.status").value("NOT_STARTED"));
    }

    @Test
    void openapi_marks_the_required_fields_of_the_plan_bodies() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.components.schemas.PlanRequest.required", hasItems("name", "fromYear", "toYear")))
                .andExpect(jsonPath("$.components.schemas.PlanRequest.properties.fromYear.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.PlanActionRequest.required",
                        hasItems("areaId", "title", "ownerUnitId", "fromYear", "toYear")))
                .andExpect(jsonPath("$.components.schemas.PlanStatusRequest.required", hasItems("status", "date")))
                .andExpect(jsonPath("$.components.schemas.PlanAreaRequest.properties.goals.type").value("array"));
    }
}
