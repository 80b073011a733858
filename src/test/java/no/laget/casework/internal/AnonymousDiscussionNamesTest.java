package no.laget.casework.internal;

import java.time.Clock;
import java.time.LocalDate;

import no.laget.child.ChildForm;
import no.laget.child.Children;
import no.laget.child.GuardianForm;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static no.laget.support.Accounts.as;
import static no.laget.support.PageContent.bodyContains;
import static no.laget.support.ProblemJson.problemJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10 item 6: an anonymous discussion never holds a registered child's or guardian's name (refused, without
 * saying whose, even when confirmed), and text that looks like a name is saved only once the employee confirms it
 * holds none. The same on the page and in the API.
 */
@LagetTest
class AnonymousDiscussionNamesTest {

    private static final String PARTICIPANTS = "Pedagogisk leder; saksbehandler i barneverntjenesten";
    private static final String ADVICE = "Snakk med barnet og ta kontakt igjen om to uker.";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ChildFixtures fixtures;
    @Autowired Children children;
    @Autowired SqlStatementCounter sql;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private String today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE)).toString();
    }

    /** A child registered by another unit than the writer's ("laerer" writes), with one guardian. */
    private void child(String given, String family, String guardian) {
        var user = fixtures.user("ansatt");
        long child = children.register(user, ChildForm.withoutNumber("NEWLY_ARRIVED", "Nylig flyttet hit", given, family,
                "2018-02-03", "", "2022-08-15", "Går hos oss")).servedChild();
        children.addGuardian(user, child, new GuardianForm(guardian, "", "", "", "true"));
    }

    private MockHttpServletRequestBuilder page(String question) {
        return post("/anonymous-discussions").with(as(accounts, "laerer")).with(csrf())
                .param("heldOn", today()).param("participants", PARTICIPANTS).param("question", question)
                .param("advice", ADVICE);
    }

    private MockHttpServletRequestBuilder api(String question, Boolean confirmed) {
        String body = "{\"heldOn\":\"" + today() + "\",\"participants\":\"" + PARTICIPANTS + "\",\"question\":\""
                + question + "\",\"advice\":\"" + ADVICE + "\"" + (confirmed == null ? "" : ",\"noNameConfirmed\":" + confirmed)
                + "}";
        return post("/api/v1/anonymous-discussions").with(as(accounts, "laerer")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private int stored(String text) {
        return jdbc.sql("select count(*) from anonymous_discussion where question ilike ? or participants ilike ? or advice ilike ?")
                .params("%" + text + "%", "%" + text + "%", "%" + text + "%").query(Integer.class).single();
    }

    @Test
    void a_childs_full_name_is_refused_on_the_page_without_saying_whose_keeping_what_was_typed() throws Exception {
        String family = TestChildren.familyName();
        child("Mikkel", family, "Gunnhild " + family);
        String question = "Mikkel " + family + " har mye fravær";

        mvc.perform(page(question))
                .andExpect(status().isOk())
                .andExpect(bodyContains("<title>Feil: ",
                        "id=\"question-error\">Hva som ble drøftet inneholder navnet på en person. Fjern navnet",
                        ">" + question + "</textarea>"))
                .andExpect(result -> assertThat(errorMessages(result.getResponse().getContentAsString()))
                        .doesNotContain("Mikkel").doesNotContain(family));
        assertThat(stored(family)).isZero();
    }

    @Test
    void a_childs_name_in_lower_case_reordered_or_in_any_field_is_refused_on_the_page() throws Exception {
        String family = TestChildren.familyName();
        child("Åse Marie", "Øvre-" + family, "Gunnhild " + family);

        mvc.perform(page("vi snakket om åse øvre-" + family.toLowerCase() + " i dag"))
                .andExpect(content().string(containsString("id=\"question-error\">Hva som ble drøftet inneholder navnet på en person.")));
        mvc.perform(page("Gjelder " + family + ", Marie"))
                .andExpect(content().string(containsString("id=\"question-error\">Hva som ble drøftet inneholder navnet på en person.")));
        mvc.perform(post("/anonymous-discussions").with(as(accounts, "laerer")).with(csrf()).param("heldOn", today())
                        .param("participants", "kontaktlærer, marie øvre " + family.toLowerCase())
                        .param("question", "Fravær").param("advice", "Ring åse " + family.toLowerCase()))
                .andExpect(bodyContains(
                        "id=\"participants-error\">Hvem som deltok inneholder navnet på en person.",
                        "id=\"advice-error\">Rådene inneholder navnet på en person."));
        assertThat(stored(family.toLowerCase())).isZero();
    }

    @Test
    void a_guardians_full_name_is_refused_even_when_the_employee_confirms_there_is_no_name() throws Exception {
        String family = TestChildren.familyName();
        child("Mikkel", family, "Gunnhild " + family);

        mvc.perform(page("Mor, Gunnhild " + family + ", er bekymret").param("noNameConfirmed", "true"))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "id=\"question-error\">Hva som ble drøftet inneholder navnet på en person.",
                        "name=\"noNameConfirmed\" value=\"true\" aria-describedby=\"noNameConfirmed-hint\" checked=\"checked\""));
        assertThat(stored(family)).isZero();
    }

    @Test
    void the_api_refuses_a_known_name_with_problem_json_even_confirmed_and_does_not_say_whose() throws Exception {
        String family = TestChildren.familyName();
        child("Mikkel", family, "Gunnhild " + family);

        mvc.perform(api("Gjelder mikkel " + family.toLowerCase(), true))
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[0].field").value("question"))
                .andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("inneholder navnet på en person"),
                        not(containsString("Mikkel")), not(containsString(family)))))
                .andExpect(content().string(allOf(not(containsString("Mikkel")), not(containsString("Gunnhild")))));
        mvc.perform(api("Gunnhild " + family + " ringte", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("question")));
        assertThat(stored(family)).isZero();
    }

    @Test
    void a_made_up_name_asks_for_confirmation_and_confirmed_text_is_saved_on_the_page() throws Exception {
        String madeUp = "Ulrikke Oppdiktet" + TestChildren.familyName().substring(8, 12).toLowerCase();
        String question = "Vi snakket om " + madeUp + " og fraværet";

        mvc.perform(page(question))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "id=\"question-error\">Hva som ble drøftet ser ut til å inneholde et navn.",
                        "id=\"noNameConfirmed-error\">Fjern navnet, eller kryss av for at teksten ikke inneholder navn",
                        "href=\"#noNameConfirmed\"",
                        "Teksten inneholder ingen navn",
                        ">" + question + "</textarea>"));
        assertThat(stored(madeUp)).isZero();

        mvc.perform(page(question).param("noNameConfirmed", "true"))
                .andExpect(redirectedUrl("/anonymous-discussions"));
        assertThat(stored(madeUp)).isOne();
    }

    @Test
    void a_made_up_name_asks_for_confirmation_in_the_api_and_is_saved_with_it() throws Exception {
        String madeUp = "Ulrikke Oppdiktet" + TestChildren.familyName().substring(8, 12).toLowerCase();

        mvc.perform(api("Gjelder " + madeUp, null))
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[0].field").value("question"))
                .andExpect(jsonPath("$.errors[1].field").value("noNameConfirmed"));
        mvc.perform(api("Gjelder " + madeUp, false)).andExpect(status().isBadRequest());
        assertThat(stored(madeUp)).isZero();

        mvc.perform(api("Gjelder " + madeUp, true))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber());
        assertThat(stored(madeUp)).isOne();
    }

    @Test
    void ordinary_text_is_saved_without_confirmation_on_the_page_and_in_the_api() throws Exception {
        String question = "En jente i barnehagen forteller om mye krangling hjemme. Hva gjør vi? " + TestChildren.familyName().toLowerCase();

        mvc.perform(page(question)).andExpect(redirectedUrl("/anonymous-discussions"));
        mvc.perform(api("En gutt på mellomtrinnet har mye fravær på mandager. PPT og NAV er ikke involvert.", null))
                .andExpect(status().isCreated());
        assertThat(stored(question)).isOne();
    }

    @Test
    void the_name_check_costs_the_same_number_of_statements_whatever_the_number_of_children() throws Exception {
        String question = "Gjelder Mikkel " + TestChildren.familyName() + " og Kari Nordmann";
        sql.reset();
        mvc.perform(page(question)).andExpect(status().isOk());
        int before = sql.count();
        for (int i = 0; i < 5; i++) {
            child("Mikkel", TestChildren.familyName(), "Kari Nordmann");
        }

        sql.reset();
        mvc.perform(page(question)).andExpect(status().isOk());

        assertThat(sql.count()).isEqualTo(before);
    }

    @Test
    void the_messages_follow_the_order_of_the_form() throws Exception {
        mvc.perform(api("Gjelder Ulrikke Oppdiktet", null).content("{\"heldOn\":\"" + today()
                        + "\",\"participants\":\"Kontaktlærer Ulrikke Oppdiktet\",\"question\":\"Fravær\",\"advice\":\"Besøk i Storgata 12\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("participants"))
                .andExpect(jsonPath("$.errors[1].field").value("advice"))
                .andExpect(jsonPath("$.errors[2].field").value("noNameConfirmed"));
    }

    @Test
    void the_api_refuses_an_administrator_and_a_confirmation_that_is_not_a_boolean() throws Exception {
        mvc.perform(post("/api/v1/anonymous-discussions").with(as(accounts, "admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"heldOn\":\"" + today() + "\"}"))
                .andExpect(problemJson(status().isForbidden()));
        mvc.perform(api("Gjelder Ulrikke Oppdiktet", null).content("{\"heldOn\":\"" + today()
                        + "\",\"participants\":\"Skole\",\"question\":\"Fravær\",\"advice\":\"Ring\",\"noNameConfirmed\":\"kanskje\"}"))
                .andExpect(problemJson(status().isBadRequest()));
    }

    /** The field messages and the error summary, where a name must never appear (the textareas keep what was typed). */
    private static String errorMessages(String html) {
        StringBuilder messages = new StringBuilder();
        var matcher = java.util.regex.Pattern.compile("(id=\"[a-zA-Z]+-error\">[^<]*<|class=\"ds-error-summary\"[\\s\\S]*?</ul>)")
                .matcher(html);
        while (matcher.find()) {
            messages.append(matcher.group()).append('\n');
        }
        assertThat(messages).isNotEmpty();
        return messages.toString();
    }
}
