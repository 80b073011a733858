package no.laget.platform.security;

import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.PageContent.bodyContains;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LagetTest
class SecurityHeadersTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;

    @Test
    void every_page_sends_strict_security_headers_and_a_policy_without_inline_script() throws Exception {
        mvc.perform(get("/mine-frister").with(as(accounts, "ansatt")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", allOf(
                        containsString("default-src 'self'"), containsString("script-src 'self'"),
                        containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline")),
                        not(containsString("unsafe-eval")))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("Permissions-Policy", containsString("camera=()")))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    @Test
    void the_api_sends_the_same_headers() throws Exception {
        mvc.perform(get("/api/v1/units"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void the_start_page_shows_who_you_are_with_your_unit_and_what_you_may_use() throws Exception {
        mvc.perform(get("/").with(as(accounts, "admin")))
                .andExpect(bodyContains("Demo Administrator",
                        "Oppvekst, rådhuset", "href=\"/admin/units\"",
                        "href=\"#main\"", "<main id=\"main\""));
        mvc.perform(get("/mine-frister").with(as(accounts, "ansatt")))
                .andExpect(content().string(allOf(containsString("Brekkerød barnehage"),
                        not(containsString("href=\"/admin/units\"")))));
    }

    @Test
    void an_employee_who_is_not_an_administrator_is_refused_with_403() throws Exception {
        mvc.perform(get("/admin/employees").with(as(accounts, "leder")))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_missing_page_or_thing_is_a_404_never_a_500() throws Exception {
        // MockMvc does not dispatch to the error page; ErrorPagesTest checks the rendered pages over HTTP.
        mvc.perform(get("/finnes-ikke").with(as(accounts, "admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/units/987654321").with(as(accounts, "admin")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Siden finnes ikke")));
        mvc.perform(get("/admin/employees/not-a-number").with(as(accounts, "admin")))
                .andExpect(status().isNotFound());
    }
}
