package no.laget.platform.security;

import no.laget.support.ProductionWithSingleSignOn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Production without LAGET_IDPORTEN_*: the family door is closed, no mock ID-porten runs, and the page says so. */
@ProductionWithSingleSignOn
class FamilyDoorClosedTest {

    @Autowired MockMvc mvc;
    @Autowired DemoIdPorten demo;
    @Autowired FamilyLogin door;

    @Test
    void production_without_id_porten_settings_has_no_login_button_and_starts_no_mock() throws Exception {
        org.assertj.core.api.Assertions.assertThat(demo.running()).isFalse();
        org.assertj.core.api.Assertions.assertThat(door.startPath()).isEmpty();

        mvc.perform(get("/familie/logg-inn"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Innlogging for familier er ikke satt opp"),
                        not(containsString("/familie/oauth2/authorization")))));
        mvc.perform(get(FamilyLogin.START_PATH)).andExpect(redirectedUrl("/familie/logg-inn"));
    }
}
