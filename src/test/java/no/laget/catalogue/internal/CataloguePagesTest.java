package no.laget.catalogue.internal;

import java.util.List;
import java.util.Locale;

import no.laget.support.LagetTest;
import no.laget.support.UnitFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.catalogue.internal.CatalogueTestData.measure;
import static no.laget.support.Accounts.as;
import static no.laget.support.Accounts.unique;
import static no.laget.support.PageContent.bodyContains;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LagetTest
class CataloguePagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired MeasureAdministration administration;
    @Autowired MessageSource messages;
    @Autowired Measures measures;
    @Autowired JdbcClient jdbc;

    @Test
    void only_municipal_staff_keep_the_catalogue() throws Exception {
        mvc.perform(get("/catalogue")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/catalogue").with(as(accounts, "ansatt"))).andExpect(status().isForbidden());
        mvc.perform(get("/catalogue").with(as(accounts, "oppvekst"))).andExpect(status().isOk())
                .andExpect(bodyContains("Tiltaksoversikt",
                        "Trygghetssirkelen (Circle of Security) for foreldre"));
        mvc.perform(get("/").with(as(accounts, "oppvekst")))
                .andExpect(content().string(containsString("href=\"/catalogue\"")));
    }

    @Test
    void a_form_sent_empty_comes_back_with_every_message_and_what_was_typed() throws Exception {
        mvc.perform(post("/catalogue").with(as(accounts, "oppvekst")).with(csrf())
                        .param("name", "Leksehjelp").param("ageFrom", "12").param("ageTo", "6"))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "<title>Feil: Nytt tiltak – Laget</title>",
                        "For å gå videre må du rette opp følgende feil",
                        "value=\"Leksehjelp\"",
                        "Skriv en beskrivelse av tiltaket",
                        "Velg tjenesten som gir tiltaket, eller skriv inn navnet på organisasjonen",
                        "Velg hvilket nivå i tiltakstrappa tiltaket hører til",
                        "Til-alderen må være lik eller høyere enn fra-alderen",
                        "Velg minst ett tema",
                        "Velg om tiltaket er gratis",
                        "Velg hvordan man får tiltaket",
                        "Skriv inn hvordan man tar kontakt",
                        "href=\"#providerUnitId\""));
    }

    @Test
    void staff_create_change_and_deactivate_a_measure() throws Exception {
        String name = unique("Turgruppe");
        var staff = as(accounts, "oppvekst");

        mvc.perform(post("/catalogue").with(staff).with(csrf()).param("name", name)
                        .param("description", "Turer i skogen hver onsdag.").param("providerName", "Halden turlag")
                        .param("level", "UNIVERSAL").param("ageFrom", "8").param("ageTo", "14")
                        .param("topics", "LEISURE", "HEALTH").param("free", "true").param("access", "SELF_REFERRAL")
                        .param("contact", "Turlaget, tlf. 69 17 01 01"))
                .andExpect(redirectedUrl("/catalogue"))
                .andExpect(flash().attribute("saved", name));
        var created = measures.search(new MeasureSearch(name, null, null, null, false, false, true))
                .getFirst();

        mvc.perform(post("/catalogue/" + created.id()).with(staff).with(csrf()).param("name", name)
                        .param("description", "Turer i skogen hver torsdag.").param("providerName", "Halden turlag")
                        .param("level", "UNIVERSAL").param("ageFrom", "8").param("ageTo", "15")
                        .param("topics", "LEISURE").param("free", "true").param("access", "SELF_REFERRAL")
                        .param("contact", "Turlaget, tlf. 69 17 01 01"))
                .andExpect(redirectedUrl("/catalogue"));
        assertThat(administration.get(created.id()).ageTo()).isEqualTo(15);

        mvc.perform(post("/catalogue/" + created.id() + "/deactivate").with(staff).with(csrf()))
                .andExpect(redirectedUrl("/catalogue"));
        assertThat(administration.get(created.id()).active()).isFalse();
        mvc.perform(get("/catalogue").with(staff))
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/catalogue/" + created.id()).with(staff))
                .andExpect(content().string(containsString("Aktiver tiltaket igjen")));
    }

    @Test
    void the_form_offers_and_accepts_the_units_of_the_user_s_own_municipality_only() throws Exception {
        String elsewhere = unique("Helsestasjon i nabokommunen");
        long foreign = new UnitFixtures(jdbc).unitInNeighbouringMunicipality("HEALTH_STATION", elsewhere);
        var staff = as(accounts, "oppvekst");
        mvc.perform(get("/catalogue/new").with(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("NAV Halden-Aremark")))
                .andExpect(content().string(not(containsString(elsewhere))));

        String name = unique("Over grensen");
        mvc.perform(post("/catalogue").with(staff).with(csrf()).param("name", name)
                        .param("description", "Samtaler for foreldre.").param("providerUnitId", String.valueOf(foreign))
                        .param("level", "UNIVERSAL").param("ageFrom", "0").param("ageTo", "6")
                        .param("topics", "PARENTING").param("free", "true").param("access", "SELF_REFERRAL")
                        .param("contact", "Ring helsestasjonen"))
                .andExpect(status().isOk())
                .andExpect(bodyContains("id=\"providerUnitId-error\"", "Velg en tjeneste fra listen",
                        "value=\"" + name + "\"", "Samtaler for foreldre."))
                .andExpect(content().string(not(containsString(elsewhere))));
        assertThat(measures.search(new MeasureSearch(name, null, null, null, false, false, true))).isEmpty();
    }

    @Test
    void a_measure_provided_elsewhere_keeps_its_provider_when_changed() throws Exception {
        String elsewhere = unique("Helsestasjon i nabokommunen");
        long foreign = new UnitFixtures(jdbc).unitInNeighbouringMunicipality("HEALTH_STATION", elsewhere);
        MeasureForm typed = measure("Levert annensteds");
        var created = administration.create(new MeasureForm(typed.name(), typed.description(), String.valueOf(foreign),
                "", typed.level(), typed.ageFrom(), typed.ageTo(), typed.topics(), typed.free(), typed.access(),
                typed.contact(), typed.accessibility(), true));
        var staff = as(accounts, "oppvekst");

        mvc.perform(get("/catalogue/" + created.id()).with(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString(elsewhere)));
        mvc.perform(post("/catalogue/" + created.id()).with(staff).with(csrf()).param("name", typed.name())
                        .param("description", "Endret beskrivelse.").param("providerUnitId", String.valueOf(foreign))
                        .param("level", "UNIVERSAL").param("ageFrom", "6").param("ageTo", "12")
                        .param("topics", "LEISURE").param("free", "true").param("access", "SELF_REFERRAL")
                        .param("contact", typed.contact()))
                .andExpect(redirectedUrl("/catalogue"));
        assertThat(administration.get(created.id()).providerUnitId()).isEqualTo(foreign);
    }

    @Test
    void the_export_is_excel_friendly_csv() throws Exception {
        var created = administration.create(measure("Eksport"));

        byte[] body = mvc.perform(get("/catalogue/export.csv").with(as(accounts, "oppvekst")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray();

        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFid;name;description;provider_unit_id;provider_name;prevention_level;"
                + "age_from;age_to;topics;free;access;contact;accessibility;active\r\n");
        assertThat(text).contains(created.id() + ";" + created.name() + ";");
    }

    @Test
    void every_rule_message_has_bokmal_text() {
        List<String> keys = List.of("name.required", "name.too-long", "description.required",
                "description.too-long", "provider.required", "provider.both", "providerUnitId.unknown",
                "providerName.too-long", "level.required", "level.unknown", "ageFrom.required", "ageFrom.malformed",
                "ageFrom.out-of-range", "ageTo.required", "ageTo.malformed", "ageTo.out-of-range",
                "ageTo.before-from", "topics.required", "topics.unknown", "free.required", "free.unknown",
                "access.required", "access.unknown", "contact.required", "contact.too-long",
                "accessibility.too-long", "active.unknown");
        for (String key : keys) {
            assertThatCode(() -> messages.getMessage("measure." + key, null, Locale.forLanguageTag("nb-NO")))
                    .as(key).doesNotThrowAnyException();
            assertThat(messages.getMessage("measure." + key, null, Locale.forLanguageTag("nb-NO")))
                    .doesNotContainIgnoringCase("ugyldig").doesNotContainIgnoringCase("vennligst");
        }
    }
}
