package no.laget.access;

import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.SqlStatementCounter;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static no.laget.support.Accounts.as;
import static no.laget.support.PageContent.bodyContains;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LagetTest
class EmergencyAccessPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ChildFixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired AccessDoor door;
    @Autowired SqlStatementCounter sql;

    private String numberedChild() {
        String number = TestChildren.tenorNumberFor(9, 9, 2015);
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        jdbc.sql("update child set identity_number = ? where id = ?").params(number, child).update();
        return number;
    }

    @Test
    void a_one_word_reason_and_an_unknown_number_are_refused_and_what_was_typed_is_kept() throws Exception {
        String number = numberedChild();

        mvc.perform(post("/children/emergency").with(as(accounts, "ansatt")).with(csrf())
                        .param("identityNumber", number).param("reason", "Akutt"))
                .andExpect(status().isOk())
                .andExpect(bodyContains("Skriv begrunnelsen som en hel setning",
                        ">Akutt</textarea>"));
        mvc.perform(post("/children/emergency").with(as(accounts, "ansatt")).with(csrf())
                        .param("identityNumber", TestChildren.tenorNumberFor(1, 1, 2001))
                        .param("reason", "Barnet har skadet seg og vi når ingen foresatte"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fant ikke noe barn med dette fødselsnummeret")));
    }

    @Test
    void emergency_access_opens_the_child_for_two_hours_and_the_unit_leader_reviews_it() throws Exception {
        String number = numberedChild();
        long child = jdbc.sql("select id from child where identity_number = ?").param(number).query(Long.class).single();
        mvc.perform(get("/children/" + child).with(as(accounts, "ansatt"))).andExpect(status().isForbidden());

        mvc.perform(post("/children/emergency").with(as(accounts, "ansatt")).with(csrf())
                        .param("identityNumber", number).param("reason", "Barnet har skadet seg og vi når ingen foresatte"))
                .andExpect(redirectedUrl("/children/" + child));

        mvc.perform(get("/children/" + child).with(as(accounts, "ansatt")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Du har nødtilgang")));
        long emergency = jdbc.sql("select max(id) from emergency_access where child_id = ?").param(child).query(Long.class).single();
        mvc.perform(get("/emergency-reviews").with(as(accounts, "leder")))
                .andExpect(bodyContains("Barnet har skadet seg og vi når ingen foresatte",
                        "Ingrid Demodatter"));
        mvc.perform(get("/emergency-reviews").with(as(accounts, "ansatt"))).andExpect(status().isForbidden());

        mvc.perform(post("/emergency-reviews/" + emergency).with(as(accounts, "leder")).with(csrf()))
                .andExpect(redirectedUrl("/emergency-reviews"));

        assertThat(jdbc.sql("select reviewed_at is not null from emergency_access where id = ?").param(emergency)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void the_door_answers_all_categories_of_a_child_with_as_many_statements_as_one() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        var nurse = fixtures.user("helsesykepleier");

        sql.reset();
        door.decideEach(nurse, child, List.of(InformationCategory.HEALTH), Action.READ, AccessedObject.of("test"));
        int one = sql.count();
        sql.reset();
        door.decideEach(nurse, child, List.of(InformationCategory.values()), Action.READ, AccessedObject.of("test"));

        assertThat(sql.count()).isEqualTo(one + 1); // + 1: the refused categories' reasons, asked once for all
    }
}
