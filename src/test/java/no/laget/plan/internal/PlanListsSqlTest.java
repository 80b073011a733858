package no.laget.plan.internal;

import no.laget.organisation.Organisation;
import no.laget.support.LagetTest;
import no.laget.support.SqlStatementCounter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static no.laget.support.Accounts.as;
import static no.laget.support.Accounts.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The plan overview, the API and the annual report make as many statements with 1 action as with 120. */
@LagetTest
class PlanListsSqlTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired SqlStatementCounter sql;
    @Autowired PlanRepository repository;
    @Autowired Organisation organisation;

    @Test
    void the_plan_lists_make_a_constant_number_of_statements() throws Exception {
        long unit = PlanTestData.unitId(organisation, "Gimle skole");
        var one = PlanTestData.plan(repository, unique("Plan"), unit, 1, 2020, 2021);
        var many = PlanTestData.plan(repository, unique("Plan"), unit, 120, 2020, 2021);
        for (var arranged : java.util.List.of(one, many)) {
            for (long actionId : arranged.actionIds().subList(0, 1)) {
                mvc.perform(post("/plan/actions/{id}/status", actionId).with(as(accounts, "oppvekst")).with(csrf())
                        .param("status", "ONGOING").param("comment", "I gang.").param("date", "2021-01-10"));
            }
        }

        assertThat(statementsFor(get("/plan/{id}", many.planId()).with(as(accounts, "oppvekst"))))
                .isEqualTo(statementsFor(get("/plan/{id}", one.planId()).with(as(accounts, "oppvekst"))));
        assertThat(statementsFor(get("/api/v1/plans/{id}", many.planId()).with(as(accounts, "oppvekst"))))
                .isEqualTo(statementsFor(get("/api/v1/plans/{id}", one.planId()).with(as(accounts, "oppvekst"))));
        assertThat(statementsFor(get("/plan/{id}/arsrapport.pdf", many.planId()).param("year", "2022")
                        .with(as(accounts, "oppvekst"))))
                .isEqualTo(statementsFor(get("/plan/{id}/arsrapport.pdf", one.planId()).param("year", "2022")
                        .with(as(accounts, "oppvekst"))));
        assertThat(statementsFor(get("/plan").with(as(accounts, "oppvekst")))).isLessThanOrEqualTo(3);
    }

    private int statementsFor(MockHttpServletRequestBuilder request) throws Exception {
        sql.reset();
        mvc.perform(request).andExpect(status().isOk());
        return sql.count();
    }
}
