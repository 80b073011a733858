package no.laget.report.internal;

import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.SqlStatementCounter;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

import static no.laget.support.Accounts.as;
import static no.laget.support.PageContent.bodyContains;
import static no.laget.support.ProblemJson.problemJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LagetTest
class ReportPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ChildFixtures fixtures;
    @Autowired ReportService reports;
    @Autowired ReportDelivery delivery;
    @Autowired JdbcClient jdbc;
    @Autowired SqlStatementCounter sql;
    @Autowired FiksSchema schema;

    @Test
    void the_form_is_prefilled_with_the_employee_and_a_child_they_may_see() throws Exception {
        String family = TestChildren.familyName();
        long childId = fixtures.childOf("laerer", family);

        mvc.perform(get("/reports/new").param("childId", String.valueOf(childId)).with(as(accounts, "laerer")))
                .andExpect(status().isOk())
                .andExpect(bodyContains("value=\"" + family + "\"",
                        "value=\"Gimle skole\"", "value=\"" + childId + "\"",
                        "Foresatt " + family, "Legg til barn"));
    }

    @Test
    void a_child_the_user_may_not_see_is_refused_and_not_shown() throws Exception {
        String family = TestChildren.familyName();
        long childId = fixtures.childOf("helsesykepleier", family);

        mvc.perform(get("/reports/new").param("childId", String.valueOf(childId)).with(as(accounts, "laerer")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString(family))));
    }

    @Test
    void bad_input_is_refused_field_by_field_in_bokmaal_and_nothing_typed_is_lost() throws Exception {
        mvc.perform(post("/reports").with(as(accounts, "laerer")).with(csrf())
                        .param("reporterName", "Lærer Testesen").param("reporterRole", "Kontaktlærer")
                        .param("reporterPhone", "tlf. 69 17 00 00").param("reporterEmail", "laerer+test@halden.kommune.no")
                        .param("reporterUnit", "Gimle skole")
                        .param("guardians[0].name", "Ola Foresatt").param("guardians[0].told", "false")
                        .param("concern", "Noe jeg skrev om bekymringen").param("interpreterNeeded", "true"))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "<title>Feil: Send bekymringsmelding",
                        "Skriv telefonnummeret med bare sifre, mellomrom eller bindestrek",
                        "Skriv e-postadressen slik: navn@kommune.no",
                        "Legg til minst ett barn meldingen gjelder",
                        "Skriv hvorfor den foresatte ikke vet om meldingen",
                        "Velg minst ett grunnlag for meldingen",
                        "Skriv hvor lenge du har vært bekymret",
                        "Skriv hvilket språk tolken må kunne",
                        "id=\"guardians[0].notToldReason-error\"",
                        "Noe jeg skrev om bekymringen", "value=\"Ola Foresatt\"",
                        "value=\"laerer+test@halden.kommune.no\""));
    }

    @Test
    void a_child_must_have_a_number_or_be_unborn_with_a_due_date_and_a_told_answer() throws Exception {
        MultiValueMap<String, String> params = ReportTestData.params(ReportTestData.child());
        params.set("children[0].identityNumber", "");
        params.remove("children[0].told");
        params.add("children[1].unborn", "true");
        params.add("children[1].dueDate", "31.02.2026");
        params.add("children[1].address", "Storgata 1");
        params.add("children[1].told", "false");
        params.add("guardians[1].name", "Foresatt to");
        params.add("guardians[1].told", "true");
        params.add("guardians[2].name", "Foresatt tre");
        params.add("guardians[2].told", "true");

        mvc.perform(post("/reports").with(as(accounts, "laerer")).with(csrf()).params(params))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "Skriv inn fødselsnummeret til barnet, eller kryss av for ufødt barn",
                        "Svar på om barnet vet om meldingen",
                        "Skriv termindatoen som dag, måned og år",
                        "Skriv hvorfor barnet ikke vet om meldingen",
                        "Meldingen kan ha høyst to foresatte"));
    }

    @Test
    void a_known_number_is_the_child_laget_holds_and_an_unborn_child_gets_a_row_of_its_own() throws Exception {
        SignedInUser laerer = user("laerer");
        ReportTestData.Typed known = ReportTestData.child();
        long first = reports.save(laerer, ReportTestData.command(known));
        java.time.LocalDate due = java.time.LocalDate.now(Oslo.ZONE).plusDays(60);

        long second = reports.save(laerer, ReportTestData.command(known,
                ReportTestData.unborn(due, "Storgata 1", "Mor vet det ikke ennå")));

        java.util.List<Long> ids = jdbc.sql("select child_id from report_child where report_id = ? order by position")
                .param(second).query(Long.class).list();
        assertThat(ids).hasSize(2);
        assertThat(ids.getFirst()).isEqualTo(jdbc.sql("select child_id from report_child where report_id = ?")
                .param(first).query(Long.class).single());
        assertThat(jdbc.sql("select count(*) from child where identity_number = ?").param(known.identityNumber())
                .query(Integer.class).single()).isEqualTo(1);
        // registering from a report gives the reporter's unit no access of its own
        assertThat(jdbc.sql("select count(*) from child_unit where child_id = ?").param(ids.getLast())
                .query(Integer.class).single()).isZero();
        mvc.perform(get("/children/{id}", ids.getLast()).with(as(accounts, "laerer"))).andExpect(status().isForbidden());
        String fiks = reports.fiks(laerer, second);
        assertThat(schema.problems(fiks)).isEmpty();
        assertThat(fiks).contains("\"ufoedt\":true", "Ufødt barn (termin " + due.format(java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy")) + ")");
        // each child's report is logged on the duty to report
        assertThat(jdbc.sql("""
                select count(*) from access_log where object_type = 'report' and object_id = ? and action = 'REPORT'
                   and basis = 'DUTY_TO_REPORT'""").param(second).query(Integer.class).single()).isEqualTo(2);
        delivery.deliverDue();
        assertThat(jdbc.sql("select count(*) from access_grant where source_type = 'report' and source_id = ?")
                .param(second).query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void adding_a_child_renders_one_more_row_and_keeps_what_was_typed() throws Exception {
        mvc.perform(post("/reports").with(as(accounts, "laerer")).with(csrf()).param("add", "child")
                        .param("children[0].givenName", "Typet").param("concern", "Skrevet før knappen"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Barn 2"), containsString("value=\"Typet\""),
                        containsString("Skrevet før knappen"), containsString("name=\"children[1].identityNumber\""),
                        not(containsString("data-error-summary")))));
    }

    @Test
    void a_saved_report_is_shown_saved_until_child_welfare_has_it_then_delivered() throws Exception {
        ReportTestData.Typed child = ReportTestData.child();

        String location = mvc.perform(post("/reports").with(as(accounts, "laerer")).with(csrf())
                        .params(ReportTestData.params(child)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/reports/mine"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = jdbc.sql("select max(id) from report").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from report_outbox where report_id = ? and done_at is null").param(id)
                .query(Integer.class).single()).isEqualTo(1);

        mvc.perform(get(location).with(as(accounts, "laerer")))
                .andExpect(bodyContains(child.fullName(),
                        "Lagret, ikke levert ennå"));

        delivery.deliverDue();

        mvc.perform(get(location).with(as(accounts, "laerer")))
                .andExpect(content().string(containsString("Levert til barnevernet")));
        mvc.perform(get("/reports/{id}", id).with(as(accounts, "laerer")))
                .andExpect(status().isOk())
                .andExpect(bodyContains("Levert til barnevernet", "Ingen svar ennå"));
    }

    @Test
    void another_employee_cannot_read_my_report_nor_its_national_format() throws Exception {
        long id = reports.save(user("laerer"), ReportTestData.command(ReportTestData.child()));

        mvc.perform(get("/reports/{id}", id).with(as(accounts, "ansatt"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reports/{id}/fiks", id).with(as(accounts, "ansatt"))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/mine").with(as(accounts, "ansatt")))
                .andExpect(content().string(not(containsString("data-report=\"" + id + "\""))));
    }

    @Test
    void an_administrator_can_write_no_report_and_sees_no_child() throws Exception {
        ReportTestData.Typed child = ReportTestData.child();

        mvc.perform(post("/reports").with(as(accounts, "admin")).with(csrf()).params(ReportTestData.params(child)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from report_child where family_name = ?").param(child.familyName())
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from child where family_name = ?").param(child.familyName())
                .query(Integer.class).single()).isZero();
        mvc.perform(get("/intake").with(as(accounts, "admin"))).andExpect(status().isForbidden());
    }

    @Test
    void the_api_answers_problem_json_with_the_same_messages_and_serves_the_fiks_document() throws Exception {
        mvc.perform(post("/api/v1/reports").with(as(accounts, "laerer")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reporterName\":\"Lærer\",\"reporterEmail\":\"ikke-en-adresse\"}"))
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[?(@.field == 'reporterEmail')].message")
                        .value(org.hamcrest.Matchers.hasItem(containsString("Skriv e-postadressen slik"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'children')].message")
                        .value(org.hamcrest.Matchers.hasItem("Legg til minst ett barn meldingen gjelder")));

        String body = new tools.jackson.databind.json.JsonMapper().writeValueAsString(ReportTestData.request(ReportTestData.child()));
        String created = mvc.perform(post("/api/v1/reports").with(as(accounts, "laerer"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = tools.jackson.databind.json.JsonMapper.shared().readTree(created).path("id").asLong();

        String fiks = mvc.perform(get("/api/v1/reports/{id}/fiks", id).with(as(accounts, "laerer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(schema.problems(fiks)).isEmpty();
        assertThat(fiks).contains("\"kommunenummer\":\"3101\"", "\"leveringskanal\":\"Fagsystem\"");

        // child welfare reads it once it has received it, not before
        mvc.perform(get("/api/v1/reports/{id}/fiks", id).with(as(accounts, "barnevern"))).andExpect(status().isNotFound());
        delivery.deliverDue();
        mvc.perform(get("/api/v1/reports/{id}/fiks", id).with(as(accounts, "barnevern"))).andExpect(status().isOk());
        assertThat(jdbc.sql("""
                select count(*) from access_log where object_type = 'report_fiks' and object_id = ?""")
                .param(id).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void the_api_takes_json_types_and_names_the_field_sent_as_a_string() throws Exception {
        var json = new tools.jackson.databind.json.JsonMapper();
        ReportTestData.Typed child = ReportTestData.child();
        var body = (tools.jackson.databind.node.ObjectNode) json.valueToTree(ReportTestData.request(child));
        var row = (tools.jackson.databind.node.ObjectNode) body.get("children").get(0);

        row.put("lagetId", "6");
        mvc.perform(post("/api/v1/reports").with(as(accounts, "laerer")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[0].field").value("children.0.lagetId"));
        row.remove("lagetId");
        row.put("told", "false");
        mvc.perform(post("/api/v1/reports").with(as(accounts, "laerer")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("children.0.told"));
        row.put("told", false);
        body.put("interpreterNeeded", "false");
        mvc.perform(post("/api/v1/reports").with(as(accounts, "laerer")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("interpreterNeeded"));
        assertThat(jdbc.sql("select count(*) from report_child where family_name = ?").param(child.familyName())
                .query(Integer.class).single()).isZero();

        // a boolean left out is the page's "answer the question", next to the same field
        body.remove("interpreterNeeded");
        row.remove("told");
        mvc.perform(post("/api/v1/reports").with(as(accounts, "laerer")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'children[0].told')].message")
                        .value(org.hamcrest.Matchers.hasItem("Svar på om barnet vet om meldingen")))
                .andExpect(jsonPath("$.errors[?(@.field == 'interpreterNeeded')]").exists());

        body.put("interpreterNeeded", false);
        row.put("told", false);
        mvc.perform(post("/api/v1/reports").with(as(accounts, "laerer")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isCreated());
        assertThat(jdbc.sql("select count(*) from report_child where family_name = ?").param(child.familyName())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void the_report_api_is_described_in_openapi_with_json_types_and_required_fields() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.components.schemas.ReportRequest.required").value(org.hamcrest.Matchers.hasItems(
                        "reporterName", "children", "guardians", "grounds", "interpreterNeeded", "bestInterest")))
                .andExpect(jsonPath("$.components.schemas.ChildInReport.required")
                        .value(org.hamcrest.Matchers.hasItems("address", "told")))
                .andExpect(jsonPath("$.components.schemas.ChildInReport.properties.lagetId.format").value("int64"))
                .andExpect(jsonPath("$.components.schemas.ChildInReport.properties.dueDate.format").value("date"))
                .andExpect(jsonPath("$.components.schemas.ReviewRequest.required")
                        .value(org.hamcrest.Matchers.hasItems("reviewDecision", "reviewedOn")))
                .andExpect(jsonPath("$.components.schemas.ReviewRequest.properties.reviewedOn.format").value("date"));
    }

    @Test
    void mine_and_the_intake_make_as_many_statements_for_one_report_as_for_many() throws Exception {
        reports.save(user("laerer"), ReportTestData.command(ReportTestData.child()));
        delivery.deliverDue();
        int mineBefore = statementsFor("/reports/mine", "laerer");
        int intakeBefore = statementsFor("/intake", "barnevern");

        for (int i = 0; i < 5; i++) {
            reports.save(user("laerer"), ReportTestData.command(ReportTestData.child()));
        }
        delivery.deliverDue();

        assertThat(statementsFor("/reports/mine", "laerer")).isEqualTo(mineBefore);
        assertThat(statementsFor("/intake", "barnevern")).isEqualTo(intakeBefore);
    }

    private int statementsFor(String path, String username) throws Exception {
        var principal = as(accounts, username);
        sql.reset();
        mvc.perform(get(path).with(principal)).andExpect(status().isOk());
        return sql.count();
    }

    private SignedInUser user(String username) {
        return fixtures.user(username);
    }
}
