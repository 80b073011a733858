package no.laget.casework.internal;

import java.time.Clock;
import java.time.LocalDate;

import no.laget.access.AccessDoor;
import no.laget.casework.Cases;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.SqlStatementCounter;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static no.laget.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The case, concern and case-page lists make the same number of statements for one case and for several. */
@LagetTest
class CaseworkListsSqlTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired SqlStatementCounter sql;
    @Autowired ChildFixtures fixtures;
    @Autowired Cases cases;
    @Autowired RelayLog relayLog;
    @Autowired Concerns concerns;
    @Autowired Clock clock;

    @Test
    void case_and_concern_lists_make_a_constant_number_of_statements() throws Exception {
        // A unit of its own, so the lists hold exactly what this test made.
        SignedInUser ppt = fixtures.user("ppt");
        var user = as(accounts, "ppt");
        long caseId = openCase(ppt);
        assertThat(statementsFor("/cases", user, 1)).isPositive();
        int casesWithOne = statementsFor("/cases", user, 1);
        int concernsWithOne = statementsFor("/concerns", user, 1);
        int pageWithOne = statementsFor("/cases/" + caseId, user, 1);

        for (int i = 0; i < 5; i++) {
            openCase(ppt);
        }
        for (int i = 0; i < 3; i++) {
            relayLog.addMeasure(ppt, caseId, new CaseForms.Measure("Tiltak " + i, "unit:" + ppt.unitId(), today().toString(),
                    today().plusWeeks(4).toString(), null).toCommand());
            relayLog.addGoal(ppt, caseId, new CaseForms.Goal("Mål " + i, null).toCommand());
        }

        assertThat(statementsFor("/cases", user, 6)).isEqualTo(casesWithOne);
        assertThat(statementsFor("/concerns", user, 6)).isEqualTo(concernsWithOne);
        assertThat(statementsFor("/cases/" + caseId, user, 1)).isEqualTo(pageWithOne);
    }

    private long openCase(SignedInUser ppt) {
        long child = fixtures.childOf("ppt", TestChildren.familyName());
        fixtures.consent("ppt", child, ppt.unitId(), today(), today().plusYears(1), "RELAY_LOG");
        concerns.write(ppt, child, new ConcernForm(today().toString(), "Sett noe", null, null).toCommand());
        return cases.open(ppt, child, new CaseForms.Open("1", String.valueOf(ppt.employeeId()), "Mål", "").toCommand());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    private int statementsFor(String path, RequestPostProcessor user, int expectedRows) throws Exception {
        sql.reset();
        String html = mvc.perform(get(path).with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        int statements = sql.count();
        String marker = path.equals("/cases") ? "data-case=" : path.equals("/concerns") ? "data-concern=" : "data-measure=";
        int rows = html.split(marker, -1).length - 1;
        assertThat(rows).as("rows shown on " + path).isGreaterThanOrEqualTo(path.startsWith("/cases/") ? 0 : expectedRows);
        return statements;
    }
}
