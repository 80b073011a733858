package no.laget.child.internal;

import java.util.List;

import no.laget.platform.time.Oslo;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static no.laget.support.Accounts.as;
import static no.laget.support.PageContent.bodyContains;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LagetTest
class ChildPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ChildFixtures fixtures;
    @Autowired ChildRepository repository;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired no.laget.consent.Consents consents;
    @Autowired no.laget.organisation.Organisation organisation;
    @Autowired no.laget.support.MovableClock clock;
    @Autowired no.laget.access.AccessDoor door;

    private MockHttpServletRequestBuilder register(String username, String number, String familyName, String birthDate) {
        return post("/children").with(as(accounts, username)).with(csrf())
                .param("identityNumber", number).param("givenName", "Ola").param("familyName", familyName)
                .param("birthDate", birthDate).param("address", "").param("servingFrom", "2024-08-15")
                .param("reason", "Begynner hos oss").param("noNumberReason", number.isEmpty() ? "NEWLY_ARRIVED" : "")
                .param("noNumberExplanation", number.isEmpty() ? "Kom til kommunen nylig" : "");
    }

    @Test
    void a_nurse_registers_a_child_and_sees_it_on_the_basis_of_her_own_service() throws Exception {
        String familyName = TestChildren.familyName();

        mvc.perform(register("helsesykepleier", TestChildren.tenorNumberFor(2, 5, 2019), familyName, "2019-05-02"))
                .andExpect(redirectedUrlPattern("/children/registrations/*"));
        long child = jdbc.sql("select id from child where family_name = ?").param(familyName).query(Long.class).single();

        mvc.perform(get("/children").param("q", familyName).with(as(accounts, "helsesykepleier")))
                .andExpect(content().string(containsString("1 treff")));
        mvc.perform(get("/children/" + child).with(as(accounts, "helsesykepleier")))
                .andExpect(status().isOk())
                .andExpect(bodyContains("Ola " + familyName,
                        "Du har tilgang fordi tjenesten din gir barnet tjenester.",
                        "Helsestasjonen, Familiens hus"));
    }

    @Test
    void an_empty_form_gets_a_message_next_to_each_required_field() throws Exception {
        mvc.perform(post("/children").with(as(accounts, "helsesykepleier")).with(csrf()).param("identityNumber", "")
                        .param("givenName", "").param("familyName", "").param("birthDate", "").param("servingFrom", "2024-08-15"))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "<title>Feil: Registrer barn – Laget</title>",
                        "id=\"givenName-error\">Skriv inn fornavnet til barnet</p>",
                        "id=\"familyName-error\">Skriv inn etternavnet til barnet</p>",
                        "id=\"birthDate-error\">Skriv inn fødselsdatoen til barnet</p>"));
    }

    @Test
    void a_mistyped_identity_number_is_refused_and_what_was_typed_is_kept() throws Exception {
        String valid = TestChildren.tenorNumberFor(3, 6, 2018);
        String mistyped = valid.substring(0, 10) + ((valid.charAt(10) - '0' + 1) % 10);
        String familyName = TestChildren.familyName();

        mvc.perform(register("helsesykepleier", mistyped, familyName, "2018-06-03"))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "id=\"identityNumber-error\">Fødselsnummeret stemmer ikke.",
                        "value=\"" + familyName + "\"",
                        "value=\"2018-06-03\""));
    }

    @Test
    void the_demo_refuses_a_number_shaped_like_a_real_persons() throws Exception {
        mvc.perform(register("helsesykepleier", TestChildren.realShapedNumberFor(4, 7, 2017), TestChildren.familyName(),
                        "2017-07-04"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Demoversjonen tar bare imot syntetiske fødselsnumre")));
    }

    @Test
    void an_impossible_date_and_a_date_in_the_future_are_refused() throws Exception {
        mvc.perform(register("helsesykepleier", "", TestChildren.familyName(), "31.02.2019"))
                .andExpect(content().string(containsString("Skriv fødselsdatoen som dag, måned og år")));
        mvc.perform(register("helsesykepleier", "", TestChildren.familyName(), "2999-01-01"))
                .andExpect(content().string(containsString("Fødselsdatoen kan ikke være etter i dag")));
    }

    @Test
    void the_nurse_and_ppt_are_not_offered_actions_the_door_would_refuse_and_the_serving_unit_is() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(Oslo.ZONE));
        long child = fixtures.childOf("laerer", TestChildren.familyName());
        for (String receiver : java.util.List.of("Helsestasjonen, Familiens hus", "PPT, Familiens hus")) {
            long unit = organisation.units().stream().filter(u -> u.name().equals(receiver)).findFirst().orElseThrow().id();
            fixtures.consent("laerer", child, unit, today, today.plusDays(30), "BASIC");
        }
        String addGuardian = "/children/" + child + "/guardians/new";

        for (String reader : java.util.List.of("helsesykepleier", "ppt")) {
            mvc.perform(get("/children/" + child).with(as(accounts, reader)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(not(containsString(addGuardian)),
                            not(containsString("/children/" + child + "/edit")),
                            not(containsString("/children/" + child + "/end-service")))));
            mvc.perform(get("/children/" + child + "/consents").with(as(accounts, reader)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(not(containsString("/children/" + child + "/consents/new")),
                            not(containsString("/withdrawal")))));
            mvc.perform(post("/children/" + child + "/guardians").with(as(accounts, reader)).with(csrf())
                            .param("name", "Ny Foresatt").param("parentalResponsibility", "true"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/children/" + child).with(as(accounts, "laerer")))
                .andExpect(bodyContains(addGuardian, "/children/" + child + "/edit",
                        "/children/" + child + "/end-service"));
        mvc.perform(get("/children/" + child + "/consents").with(as(accounts, "laerer")))
                .andExpect(bodyContains("/children/" + child + "/consents/new",
                        "/withdrawal"));
    }

    @Test
    void the_consent_forms_offer_the_units_of_the_user_s_own_municipality_only() throws Exception {
        long child = fixtures.childOf("laerer", TestChildren.familyName());
        long municipality = jdbc.sql("""
                insert into municipality (number, name) values ('9898', 'Nabokommune')
                on conflict (number) do update set name = excluded.name returning id""").query(Long.class).single();
        String elsewhere = no.laget.support.Accounts.unique("Skole i nabokommunen");
        jdbc.sql("""
                insert into unit (municipality_id, name, type, active, created_at, updated_at)
                values (?, ?, 'SCHOOL', true, now(), now())""").params(municipality, elsewhere).update();
        String own = jdbc.sql("select u.name from unit u join employee e on e.unit_id = u.id where e.username = 'laerer'")
                .query(String.class).single();

        for (String form : List.of("/consents/new", "/consent-requests/new")) {
            mvc.perform(get("/children/" + child + form).with(as(accounts, "laerer")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString(own), not(containsString(elsewhere)))));
        }
    }

    @Test
    void asking_whether_an_action_is_allowed_writes_nothing_to_the_access_log() {
        long child = fixtures.childOf("laerer", TestChildren.familyName());
        int before = jdbc.sql("select count(*) from access_log where child_id = ?").param(child).query(Integer.class).single();

        org.assertj.core.api.Assertions.assertThat(door.permits(fixtures.user("laerer"), child,
                no.laget.access.InformationCategory.BASIC, no.laget.access.Action.WRITE)).isTrue();
        org.assertj.core.api.Assertions.assertThat(door.permits(fixtures.user("ppt"), child,
                no.laget.access.InformationCategory.BASIC, no.laget.access.Action.READ)).isFalse();
        org.assertj.core.api.Assertions.assertThat(door.permits(fixtures.user("admin"), child,
                no.laget.access.InformationCategory.BASIC, no.laget.access.Action.READ)).isFalse();

        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from access_log where child_id = ?")
                .param(child).query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void search_shows_only_children_the_door_allows() throws Exception {
        String familyName = TestChildren.familyName();
        fixtures.childOf("helsesykepleier", familyName);

        mvc.perform(get("/children").param("q", familyName).with(as(accounts, "helsesykepleier")))
                .andExpect(bodyContains("1 treff", familyName));
        mvc.perform(get("/children").param("q", familyName).with(as(accounts, "laerer")))
                .andExpect(content().string(allOf(containsString("0 treff"), not(containsString("Kari " + familyName)))));
    }

    @Test
    void a_teacher_without_consent_is_refused_with_the_reason_and_sees_nothing_of_the_child() throws Exception {
        String familyName = TestChildren.familyName();
        long child = fixtures.childOf("helsesykepleier", familyName);

        mvc.perform(get("/children/" + child).with(as(accounts, "laerer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child + "/access-log").with(as(accounts, "laerer")))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_administrator_sees_no_child_data_ever() throws Exception {
        String familyName = TestChildren.familyName();
        long child = fixtures.childOf("helsesykepleier", familyName);

        mvc.perform(get("/children/" + child).with(as(accounts, "admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/children").param("q", familyName).with(as(accounts, "admin")))
                .andExpect(content().string(not(containsString(familyName + "</a>"))));
        mvc.perform(register("admin", "", TestChildren.familyName(), "2019-01-01")).andExpect(status().isForbidden());
    }

    @Test
    void a_guardian_needs_a_name_and_an_answer_about_parental_responsibility() throws Exception {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());

        mvc.perform(post("/children/" + child + "/guardians").with(as(accounts, "helsesykepleier")).with(csrf())
                        .param("name", "").param("identityNumber", "").param("phone", "12").param("email", "nei")
                        .param("parentalResponsibility", ""))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "Skriv inn navnet til den foresatte",
                        "Skriv telefonnummeret med 8 til 20 siffer",
                        "Skriv inn e-postadressen på formen navn@eksempel.no",
                        "Velg om den foresatte har foreldreansvar"));
    }

    @Test
    void the_access_log_page_shows_who_looked() throws Exception {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        mvc.perform(get("/children/" + child).with(as(accounts, "helsesykepleier")));

        mvc.perform(get("/children/" + child + "/access-log").with(as(accounts, "helsesykepleier")))
                .andExpect(status().isOk())
                .andExpect(bodyContains("Hanne Prøvesen", "Grunnopplysninger",
                        "Gitt"));
    }

    @Test
    void when_the_unit_stops_serving_the_child_its_own_access_ends_the_day_after() throws Exception {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).minusDays(1).toString();

        mvc.perform(post("/children/" + child + "/end-service").with(as(accounts, "helsesykepleier")).with(csrf())
                        .param("lastDay", "2001-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Siste dag kan ikke være før barnet begynte hos dere")));
        mvc.perform(post("/children/" + child + "/end-service").with(as(accounts, "helsesykepleier")).with(csrf())
                        .param("lastDay", yesterday))
                .andExpect(redirectedUrlPattern("/children/*"));

        mvc.perform(get("/children/" + child).with(as(accounts, "helsesykepleier"))).andExpect(status().isForbidden());
    }

    @Test
    void the_serving_unit_edits_basic_data_and_a_unit_with_only_consent_may_not() throws Exception {
        String familyName = TestChildren.familyName();
        long child = fixtures.childOf("helsesykepleier", familyName);
        String newName = TestChildren.familyName();

        mvc.perform(post("/children/" + child + "/edit").with(as(accounts, "helsesykepleier")).with(csrf())
                        .param("givenName", "").param("familyName", newName).param("birthDate", "2016-04-12").param("address", ""))
                .andExpect(status().isOk())
                .andExpect(bodyContains("Skriv inn fornavnet til barnet",
                        "value=\"" + newName + "\""));
        mvc.perform(post("/children/" + child + "/edit").with(as(accounts, "helsesykepleier")).with(csrf())
                        .param("givenName", "Kari").param("familyName", newName).param("birthDate", "2016-04-12")
                        .param("address", "Nygata 2"))
                .andExpect(redirectedUrlPattern("/children/*"));
        org.assertj.core.api.Assertions.assertThat(repository.find(child).orElseThrow().familyName()).isEqualTo(newName);

        mvc.perform(post("/children/" + child + "/edit").with(as(accounts, "laerer")).with(csrf())
                        .param("givenName", "X").param("familyName", "Y").param("birthDate", "2016-04-12").param("address", ""))
                .andExpect(status().isForbidden());
    }
}
