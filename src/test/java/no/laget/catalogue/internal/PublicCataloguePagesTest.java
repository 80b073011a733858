package no.laget.catalogue.internal;

import java.util.List;

import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.catalogue.internal.CatalogueTestData.measure;
import static no.laget.catalogue.internal.CatalogueTestData.withName;
import static no.laget.support.Accounts.unique;
import static no.laget.support.PageContent.bodyContains;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Hvem kan hjelpe?" answers anyone, without a login. */
@LagetTest
class PublicCataloguePagesTest {

    @Autowired MockMvc mvc;
    @Autowired MeasureAdministration administration;

    @Test
    void an_anonymous_visitor_sees_the_demo_measures_without_being_sent_to_the_login() throws Exception {
        mvc.perform(get("/hvem-kan-hjelpe"))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andExpect(content().string(allOf(
                        containsString("<h1 class=\"ds-heading\" data-size=\"lg\">Hvem kan hjelpe?</h1>"),
                        containsString("Her finner du tilbud til barn, unge og familier i Halden kommune."),
                        containsString("Trygghetssirkelen (Circle of Security) for foreldre"),
                        containsString("Utsett – rusforebyggende program på ungdomsskolen"),
                        containsString("Frivilligsentralen: aktiviteter og leksehjelp"),
                        not(containsString("Logget inn som")),
                        not(containsString("Logg ut")))));
    }

    @Test
    void filters_narrow_the_results() throws Exception {
        // age 15, substance use, free, no referral: Utsett is for 13-16; SLT needs a referral
        mvc.perform(get("/hvem-kan-hjelpe").param("alder", "15").param("tema", "SUBSTANCE_USE")
                        .param("gratis", "ja").param("uten-henvisning", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Utsett – rusforebyggende program"),
                        not(containsString("SLT – forebygging av rus")),
                        not(containsString("Åpen barnehage")))));

        mvc.perform(get("/hvem-kan-hjelpe").param("niva", "INDICATED"))
                .andExpect(content().string(allOf(containsString("Vold- og overgrepsteamet"),
                        not(containsString("Ungdomsklubbene")))));

        // the provider's name is searched too: the health station's measures by the unit's name
        mvc.perform(get("/hvem-kan-hjelpe").param("q", "helsestasjonen"))
                .andExpect(content().string(allOf(containsString("Forsterket helsestasjon"),
                        containsString("Samtale med psykologspesialist"), not(containsString("Ungdomsklubbene")))));

        // not free: only the couples' course costs money
        mvc.perform(get("/hvem-kan-hjelpe").param("q", "samlivskurs").param("gratis", "ja"))
                .andExpect(content().string(containsString("Ingen tilbud passer")));
    }

    @Test
    void an_age_that_is_not_a_number_is_explained_and_the_other_filters_still_apply() throws Exception {
        mvc.perform(get("/hvem-kan-hjelpe").param("alder", "tolv"))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "Skriv alderen som et helt tall, for eksempel 12",
                        "aria-invalid=\"true\"",
                        "Åpen barnehage"));
    }

    @Test
    void under_htmx_the_same_address_answers_with_the_results_only() throws Exception {
        mvc.perform(get("/hvem-kan-hjelpe").param("tema", "PARENTING").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andExpect(content().string(allOf(containsString("<section id=\"results\""),
                        containsString("hx-swap-oob"), containsString("Trygghetssirkelen"),
                        not(containsString("<html")), not(containsString("Ungdomsklubbene")))));
    }

    @Test
    void a_measure_has_its_own_public_page_and_a_deactivated_one_is_gone() throws Exception {
        var created = administration.create(withName(measure("Offentlig"), unique("Sjakklubben")));

        mvc.perform(get("/hvem-kan-hjelpe/" + created.id()))
                .andExpect(status().isOk())
                .andExpect(bodyContains(created.name(),
                        "Halden idrettslag", "6–12 år",
                        "Du kan ta kontakt selv", "Idrettslaget, tlf. 69 17 09 09"));

        administration.setActive(created.id(), false);

        mvc.perform(get("/hvem-kan-hjelpe/" + created.id())).andExpect(status().isNotFound());
        mvc.perform(get("/hvem-kan-hjelpe").param("q", created.name()))
                .andExpect(content().string(not(containsString(">" + created.name() + "</a>"))));
        for (String missing : List.of("/hvem-kan-hjelpe/987654321", "/hvem-kan-hjelpe/abc")) {
            mvc.perform(get(missing)).andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("Siden finnes ikke")));
        }
    }
}
