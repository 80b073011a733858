package no.laget.child.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.laget.child.ChildForm;
import no.laget.child.Children;
import no.laget.child.GuardianForm;
import no.laget.consent.internal.ConsentForm;
import no.laget.consent.Consents;
import no.laget.organisation.Organisation;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10, item 3: knowing an identity number gives nothing. Registering answers alike for a known and a new
 * number; a known child becomes a claim that the unit's leader reviews; contact details stay with the unit that
 * recorded them unless a consent covers basic data.
 */
@LagetTest
class ServingClaimsTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ChildFixtures fixtures;
    @Autowired Children children;
    @Autowired Consents consents;
    @Autowired Organisation organisation;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;
    @Autowired SqlStatementCounter sql;

    private static final String SECRET_ADDRESS = "Hemmeligveien 9";
    private static final String SECRET_PHONE = "912 34 567";

    private MockHttpServletRequestBuilder register(String username, String number, String familyName, String birthDate,
            String reason) {
        return post("/children").with(as(accounts, username)).with(csrf())
                .param("identityNumber", number).param("givenName", "Ola").param("familyName", familyName)
                .param("birthDate", birthDate).param("address", "").param("servingFrom", "2024-08-15")
                .param("reason", reason);
    }

    /** A child the health station registered with its own address and a guardian's phone; returns the child's id. */
    private long knownChild(String number, String familyName, String birthDate) {
        SignedInUser nurse = fixtures.user("helsesykepleier");
        long child = children.register(nurse, ChildForm.withNumber(number, "Ola", familyName, birthDate, SECRET_ADDRESS,
                "2020-01-01", "Helsekontroller")).servedChild();
        children.addGuardian(nurse, child, new GuardianForm("Mor " + familyName, "", SECRET_PHONE, "", "true"));
        return child;
    }

    private long unit(String name) {
        return organisation.units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow().id();
    }

    private long pendingClaimOf(long child, String unitName) {
        return jdbc.sql("select id from serving_claim where child_id = ? and unit_id = ? and status = 'PENDING'")
                .params(child, unit(unitName)).query(Long.class).single();
    }

    /** A unit leader of Gimle skole, to try to accept Brekkerød barnehage's claims. */
    private SignedInUser leaderOfAnotherUnit() {
        String username = "leder-" + UUID.randomUUID().toString().substring(0, 12);
        long id = jdbc.sql("""
                insert into employee (username, display_name, email, unit_id, password_hash, active, created_at, updated_at)
                values (?, 'Annen Leder', ?, ?, '{noop}not-for-login', true, now(), now()) returning id""")
                .params(username, username + "@laget.test", unit("Gimle skole")).query(Long.class).single();
        jdbc.sql("insert into employee_role (employee_id, role) values (?, 'EMPLOYEE'), (?, 'UNIT_LEADER')")
                .params(id, id).update();
        return (SignedInUser) accounts.loadUserByUsername(username);
    }

    /** The receipt page with the parts that must differ (the random reference, CSRF tokens, the typed number) blanked. */
    private static String comparable(String page, String reference, String number) {
        return withoutCsrf(page.replace(reference, "REFERENCE").replace(number, "NUMBER"));
    }

    /** The CSRF token is masked anew for every response (Spring Security's BREACH protection). */
    private static String withoutCsrf(String page) {
        return page.replaceAll("name=\"csrf-token\" content=\"[^\"]*\"", "CSRF")
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "CSRF");
    }

    @Test
    void registering_a_known_and_a_new_number_on_the_page_leads_to_the_same_page_byte_for_byte() throws Exception {
        String familyName = TestChildren.familyName();
        String known = TestChildren.tenorNumberFor(7, 3, 2018);
        knownChild(known, familyName, "2018-03-07");
        String fresh = TestChildren.tenorNumberFor(7, 3, 2018);
        assertThat(fresh).isNotEqualTo(known);

        String toKnown = mvc.perform(register("ansatt", known, familyName, "2018-03-07", "Begynner i barnehagen"))
                .andExpect(redirectedUrlPattern("/children/registrations/*")).andReturn().getResponse().getRedirectedUrl();
        String toNew = mvc.perform(register("ansatt", fresh, familyName, "2018-03-07", "Begynner i barnehagen"))
                .andExpect(redirectedUrlPattern("/children/registrations/*")).andReturn().getResponse().getRedirectedUrl();

        String knownPage = mvc.perform(get(toKnown).with(as(accounts, "ansatt"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String newPage = mvc.perform(get(toNew).with(as(accounts, "ansatt"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(knownPage).contains("Registreringen er mottatt", "Ola " + familyName, "Begynner i barnehagen")
                .doesNotContain(SECRET_ADDRESS, "Helsestasjonen", "Helsekontroller");
        assertThat(comparable(knownPage, toKnown.substring(toKnown.lastIndexOf('/') + 1), known))
                .isEqualTo(comparable(newPage, toNew.substring(toNew.lastIndexOf('/') + 1), fresh));
    }

    @Test
    void registering_a_known_and_a_new_number_in_the_api_answers_the_same_status_and_body() throws Exception {
        String familyName = TestChildren.familyName();
        String known = TestChildren.tenorNumberFor(8, 4, 2017);
        knownChild(known, familyName, "2017-04-08");
        String fresh = TestChildren.tenorNumberFor(8, 4, 2017);
        String body = """
                {"identityNumber":"%s","givenName":"Ola","familyName":"%s","birthDate":"2017-04-08","address":"",
                 "servingFrom":"2024-08-15","reason":"Elev fra august"}""";

        var knownAnswer = mvc.perform(post("/api/v1/children").with(httpBasic("laerer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(known, familyName)))
                .andExpect(status().isCreated()).andReturn().getResponse();
        var newAnswer = mvc.perform(post("/api/v1/children").with(httpBasic("laerer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(fresh, familyName)))
                .andExpect(status().isCreated()).andReturn().getResponse();

        String knownReference = knownAnswer.getHeader("Location").substring("/api/v1/children/registrations/".length());
        String newReference = newAnswer.getHeader("Location").substring("/api/v1/children/registrations/".length());
        assertThat(knownReference).matches("[A-Za-z0-9_-]{22}").isNotEqualTo(newReference);
        assertThat(knownAnswer.getContentAsString()).doesNotContain(SECRET_ADDRESS, "\"id\"")
                .contains("Elev fra august");
        assertThat(knownAnswer.getContentAsString().replace(knownReference, "REF").replace(known, "NUMBER"))
                .isEqualTo(newAnswer.getContentAsString().replace(newReference, "REF").replace(fresh, "NUMBER"));
        mvc.perform(get(knownAnswer.getHeader("Location")).with(httpBasic("laerer", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reason").value("Elev fra august"));
        mvc.perform(get(knownAnswer.getHeader("Location")).with(httpBasic("helsesykepleier", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_claim_gives_the_unit_nothing_until_its_leader_accepts_and_then_not_the_other_units_contact_details()
            throws Exception {
        String familyName = TestChildren.familyName();
        String number = TestChildren.tenorNumberFor(9, 5, 2019);
        long child = knownChild(number, familyName, "2019-05-09");

        mvc.perform(register("ansatt", number, familyName, "2019-05-09", "Fikk plass fra august"))
                .andExpect(redirectedUrlPattern("/children/registrations/*"));
        long claim = pendingClaimOf(child, "Brekkerød barnehage");

        mvc.perform(get("/children/" + child).with(as(accounts, "ansatt"))).andExpect(status().isForbidden());
        mvc.perform(get("/children").param("q", familyName).with(as(accounts, "ansatt")))
                .andExpect(content().string(containsString("0 treff")));
        mvc.perform(get("/serving-claims").with(as(accounts, "leder")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ola " + familyName), containsString("Fikk plass fra august"),
                        containsString("Ingrid Demodatter"), not(containsString(SECRET_ADDRESS)))));
        mvc.perform(get("/serving-claims").with(as(accounts, "ansatt"))).andExpect(status().isForbidden());
        mvc.perform(post("/serving-claims/" + claim + "/accept").with(as(accounts, "ansatt")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/serving-claims/" + claim + "/accept").with(user(leaderOfAnotherUnit())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/children/" + child).with(as(accounts, "ansatt"))).andExpect(status().isForbidden());

        mvc.perform(post("/serving-claims/" + claim + "/accept").with(as(accounts, "leder")).with(csrf()))
                .andExpect(redirectedUrl("/serving-claims"));

        mvc.perform(get("/children/" + child).with(as(accounts, "ansatt")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ola " + familyName), containsString("Mor " + familyName),
                        containsString("Brekkerød barnehage, "), containsString("godtatt"),
                        containsString("Fikk plass fra august"),
                        not(containsString(SECRET_ADDRESS)), not(containsString(SECRET_PHONE)))));
        mvc.perform(get("/api/v1/children/" + child + "/guardians").with(httpBasic("ansatt", "demo")))
                .andExpect(jsonPath("$[0].name").value("Mor " + familyName))
                .andExpect(jsonPath("$[0].phone").doesNotExist());
        mvc.perform(get("/children/" + child).with(as(accounts, "helsesykepleier")))
                .andExpect(bodyContains(SECRET_ADDRESS, SECRET_PHONE));
        assertThat(jdbc.sql("""
                select count(*) from access_log where object_type = 'serving_claim' and object_id = ?
                   and category = 'BASIC' and action = 'WRITE'""").param(claim).query(Integer.class).single())
                .as("the claim and its review are in the access log").isEqualTo(2);
        mvc.perform(post("/serving-claims/" + claim + "/accept").with(as(accounts, "leder")).with(csrf()))
                .andExpect(status().isNotFound()); // a claim is reviewed once
    }

    @Test
    void a_live_consent_for_basic_data_shows_the_other_units_contact_details() {
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));
        String familyName = TestChildren.familyName();
        long child = knownChild(TestChildren.tenorNumberFor(10, 6, 2016), familyName, "2016-06-10");
        SignedInUser nurse = fixtures.user("helsesykepleier");
        List<String> guardians = children.guardians(nurse, child).stream().map(g -> String.valueOf(g.id())).toList();

        SignedInUser teacher = fixtures.user("laerer");
        var before = catchThrowable(() -> children.get(teacher, child));
        assertThat(before).as("no consent, no access").isNotNull();
        consents.record(nurse, child, new ConsentForm("GUARDIANS", guardians, "WRITTEN", "", "Utredning",
                List.of("BASIC"), List.of(String.valueOf(unit("Gimle skole"))), List.of(), today.toString(),
                today.plusDays(30).toString(), null).toCommand());

        var teacherSees = children.guardians(teacher, child).getFirst();
        assertThat(teacherSees.phone()).isEqualTo(SECRET_PHONE);
        assertThat(children.get(teacher, child).address()).isEqualTo(SECRET_ADDRESS);
    }

    @Test
    void a_declined_claim_leaves_the_unit_without_access_and_is_not_shown_to_another_unit_without_consent() throws Exception {
        String familyName = TestChildren.familyName();
        String number = TestChildren.tenorNumberFor(11, 7, 2015);
        long child = knownChild(number, familyName, "2015-07-11");
        mvc.perform(register("ansatt", number, familyName, "2015-07-11", "Vil gjerne se barnet"));
        long claim = pendingClaimOf(child, "Brekkerød barnehage");

        mvc.perform(post("/serving-claims/" + claim + "/decline").with(as(accounts, "leder")).with(csrf()))
                .andExpect(redirectedUrl("/serving-claims"));

        mvc.perform(get("/children/" + child).with(as(accounts, "ansatt"))).andExpect(status().isForbidden());
        // that the kindergarten asked to serve the child is the kindergarten's record: the health station, which
        // serves the child, sees it only under a consent covering basic data (ServingUnitsConfidentialTest)
        mvc.perform(get("/children/" + child).with(as(accounts, "helsesykepleier"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Vil gjerne se barnet"))));
    }

    @Test
    void a_claim_on_a_child_that_does_not_exist_is_not_found_like_another_units_claim() throws Exception {
        mvc.perform(post("/serving-claims/987654321/accept").with(as(accounts, "leder")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/children/serving-claims/987654321/decline").with(httpBasic("leder", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/children/registrations/not-a-reference").with(as(accounts, "ansatt")))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_same_number_twice_from_one_unit_makes_one_claim_and_answers_alike() throws Exception {
        String familyName = TestChildren.familyName();
        String number = TestChildren.tenorNumberFor(12, 8, 2014);
        long child = knownChild(number, familyName, "2014-08-12");

        mvc.perform(register("ansatt", number, familyName, "2014-08-12", "Første gang"))
                .andExpect(redirectedUrlPattern("/children/registrations/*"));
        mvc.perform(register("ansatt", number, familyName, "2014-08-12", "Andre gang"))
                .andExpect(redirectedUrlPattern("/children/registrations/*"));
        mvc.perform(register("helsesykepleier", number, familyName, "2014-08-12", "Vi har barnet fra før"))
                .andExpect(redirectedUrlPattern("/children/registrations/*"));

        assertThat(jdbc.sql("select count(*) from serving_claim where child_id = ?").param(child).query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from child where identity_number = ?").param(number).query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void a_nul_byte_in_the_reason_is_a_field_message_and_keeps_what_was_typed() throws Exception {
        String familyName = TestChildren.familyName();
        mvc.perform(register("ansatt", TestChildren.tenorNumberFor(13, 9, 2013), familyName, "2013-09-13",
                        "Begynner\u0000 her"))
                .andExpect(status().isOk())
                .andExpect(bodyContains("<title>Feil: Registrer barn",
                        "id=\"reason-error\">Teksten hadde tegn som ikke kan lagres",
                        "value=\"" + familyName + "\""));
        mvc.perform(register("ansatt", TestChildren.tenorNumberFor(13, 9, 2013), familyName, "2013-09-13", ""))
                .andExpect(content().string(containsString("id=\"reason-error\">Skriv hvorfor tjenesten din")));
    }

    @Test
    void a_birth_date_that_differs_from_the_number_needs_an_explicit_confirmation() throws Exception {
        String familyName = TestChildren.familyName();
        String number = TestChildren.tenorNumberFor(14, 10, 2012);

        mvc.perform(register("ansatt", number, familyName, "2012-10-15", "Begynner her"))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "id=\"birthDate-error\">Fødselsdatoen stemmer ikke med datoen i fødselsnummeret",
                        "krysser du av for det under", "value=\"2012-10-15\""));
        mvc.perform(register("ansatt", number, familyName, "2012-10-15", "Begynner her").param("confirmBirthDate", "true"))
                .andExpect(redirectedUrlPattern("/children/registrations/*"));
        mvc.perform(register("ansatt", TestChildren.tenorNumberFor(14, 10, 2012), familyName, "14.10.2012", "Begynner her"))
                .andExpect(redirectedUrlPattern("/children/registrations/*"));
    }

    @Test
    void a_child_without_a_number_needs_a_reason_and_is_never_matched_with_another() throws Exception {
        String familyName = TestChildren.familyName();
        mvc.perform(register("ansatt", "", familyName, "2020-02-02", "Begynner her"))
                .andExpect(status().isOk())
                .andExpect(bodyContains("id=\"noNumberReason-error\">Velg hvorfor barnet",
                        "id=\"noNumberExplanation-error\">Skriv kort hvorfor"));

        for (int i = 0; i < 2; i++) {
            mvc.perform(register("ansatt", "", familyName, "2020-02-02", "Begynner her")
                            .param("noNumberReason", "NEWLY_ARRIVED").param("noNumberExplanation", "Kom fra Sverige i juni"))
                    .andExpect(redirectedUrlPattern("/children/registrations/*"));
        }
        mvc.perform(register("ansatt", "", familyName, "", "Termin i mars")
                        .param("noNumberReason", "UNBORN").param("noNumberExplanation", "Termin i mars"))
                .andExpect(redirectedUrlPattern("/children/registrations/*"));

        assertThat(jdbc.sql("select count(*) from child where family_name = ? and identity_number is null")
                .param(familyName).query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from serving_claim s join child c on c.id = s.child_id where c.family_name = ?")
                .param(familyName).query(Integer.class).single()).isZero();
    }

    @Test
    void an_administrator_is_refused_alike_for_a_known_and_a_new_number() throws Exception {
        String familyName = TestChildren.familyName();
        String known = TestChildren.tenorNumberFor(15, 11, 2011);
        knownChild(known, familyName, "2011-11-15");

        String toKnown = mvc.perform(register("admin", known, familyName, "2011-11-15", "X"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        String toNew = mvc.perform(register("admin", TestChildren.tenorNumberFor(15, 11, 2011), familyName, "2011-11-15", "X"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(withoutCsrf(toKnown)).isEqualTo(withoutCsrf(toNew));
        assertThat(jdbc.sql("select count(*) from serving_claim s join child c on c.id = s.child_id where c.family_name = ?")
                .param(familyName).query(Integer.class).single()).isZero();
    }

    @Test
    void the_review_page_asks_the_same_number_of_statements_for_one_claim_and_for_three() throws Exception {
        knownClaim();
        mvc.perform(get("/serving-claims").with(as(accounts, "leder")));
        sql.reset();
        mvc.perform(get("/serving-claims").with(as(accounts, "leder"))).andExpect(status().isOk());
        int fewer = sql.count();
        knownClaim();
        knownClaim();
        sql.reset();
        mvc.perform(get("/serving-claims").with(as(accounts, "leder"))).andExpect(status().isOk());
        assertThat(sql.count()).isEqualTo(fewer);
    }

    private void knownClaim() throws Exception {
        String familyName = TestChildren.familyName();
        String number = TestChildren.tenorNumberFor(16, 12, 2010);
        knownChild(number, familyName, "2010-12-16");
        mvc.perform(register("ansatt", number, familyName, "2010-12-16", "Søsken går her"))
                .andExpect(redirectedUrlPattern("/children/registrations/*"));
    }
}
