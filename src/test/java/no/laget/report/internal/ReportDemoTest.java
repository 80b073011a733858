package no.laget.report.internal;

import java.util.List;
import java.util.Optional;

import no.laget.report.internal.ReportInboxRepository.IntakeRow;
import no.laget.report.internal.SentReportRepository.MineRow;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.PageContent.bodyContains;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** In demo mode barnevern finds a realistic intake and the reporters find their reports under "Mine meldinger". */
@LagetTest
class ReportDemoTest {

    @Autowired Intake intake;
    @Autowired ReportService reports;
    @Autowired ChildFixtures fixtures;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;

    @Test
    void the_demo_reports_reached_the_intake_in_three_states() {
        List<IntakeRow> rows = intake.list(fixtures.user("barnevern"));

        IntakeRow noah = about(rows, "Noah", "Diktesen").orElseThrow();
        assertThat(noah.inbox().reviewDecision()).isNull();
        assertThat(noah.reporterUnitName()).isEqualTo("Gimle skole");
        IntakeRow jakob = about(rows, "Jakob", "Drømmesen").orElseThrow();
        assertThat(jakob.inbox().reviewDecision()).isEqualTo("INVESTIGATION");
        assertThat(jakob.inbox().investigationDue()).isNotNull();
        IntakeRow ella = about(rows, "Ella", "Tenktsen").orElseThrow();
        assertThat(ella.inbox().reviewDecision()).isNull();
        assertThat(ella.inbox().letters()).containsExactly("RECEIPT");
    }

    @Test
    void the_reporters_see_their_demo_reports_delivered() throws Exception {
        List<MineRow> mine = reports.mine(fixtures.user("laerer"));
        assertThat(mine).filteredOn(row -> named(row.children(), "Noah", "Diktesen") || named(row.children(), "Jakob", "Drømmesen"))
                .hasSize(2).allSatisfy(row -> assertThat(row.delivery().state()).isEqualTo("DELIVERED"));
        assertThat(reports.mine(fixtures.user("leder"))).filteredOn(row -> named(row.children(), "Ella", "Tenktsen"))
                .singleElement().satisfies(row -> assertThat(row.letters()).isEqualTo(1));

        mvc.perform(get("/reports/mine").with(as(accounts, "laerer"))).andExpect(status().isOk())
                .andExpect(bodyContains("Noah", "Jakob"));
        mvc.perform(get("/intake").with(as(accounts, "barnevern"))).andExpect(status().isOk())
                .andExpect(bodyContains("Noah", "Ella", "Gimle skole"));
    }

    private static Optional<IntakeRow> about(List<IntakeRow> rows, String given, String family) {
        return rows.stream().filter(row -> named(row.children(), given, family)).findFirst();
    }

    private static boolean named(List<ListedName> children, String given, String family) {
        return children.stream().anyMatch(c -> given.equals(c.givenName()) && family.equals(c.familyName()));
    }
}
