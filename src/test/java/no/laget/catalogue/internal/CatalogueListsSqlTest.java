package no.laget.catalogue.internal;

import no.laget.support.LagetTest;
import no.laget.support.SqlStatementCounter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import no.laget.organisation.Organisation;

import static no.laget.catalogue.internal.CatalogueTestData.measure;
import static no.laget.catalogue.internal.CatalogueTestData.unitId;
import static no.laget.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public and the staff lists make the same number of SQL statements with ten measures or two hundred. */
@LagetTest
class CatalogueListsSqlTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired SqlStatementCounter sql;
    @Autowired MeasureAdministration administration;
    @Autowired MeasureRepository measures;
    @Autowired Organisation organisation;

    @Test
    void the_lists_make_a_constant_number_of_statements() throws Exception {
        long familyCentre = unitId(organisation, "Familiens hus");
        topUpTo(10, familyCentre);
        int publicBefore = statementsFor(get("/hvem-kan-hjelpe"));
        int filteredBefore = statementsFor(get("/hvem-kan-hjelpe").param("q", "familiens").param("alder", "4"));
        int staffBefore = statementsFor(get("/catalogue").with(as(accounts, "oppvekst")));

        topUpTo(200, familyCentre);

        assertThat(countAll()).isGreaterThanOrEqualTo(200);
        assertThat(statementsFor(get("/hvem-kan-hjelpe"))).isEqualTo(publicBefore);
        assertThat(statementsFor(get("/hvem-kan-hjelpe").param("q", "familiens").param("alder", "4")))
                .isEqualTo(filteredBefore);
        assertThat(statementsFor(get("/catalogue").with(as(accounts, "oppvekst")))).isEqualTo(staffBefore);
    }

    /** Half given by a unit and half by an organisation, so both ways of naming the provider are in the list. */
    private void topUpTo(int count, long unitId) {
        for (int i = countAll(); i < count; i++) {
            MeasureForm form = measure("Sql-tiltak");
            if (i % 2 == 0) {
                form = new MeasureForm(form.name(), form.description(), String.valueOf(unitId), "", "SELECTIVE", "0",
                        "6", java.util.List.of("PARENTING"), "false", "REFERRAL", form.contact(), "", true);
            }
            administration.create(form);
        }
    }

    private int countAll() {
        return measures.search(no.laget.catalogue.internal.MeasureSearch.everythingIncludingInactive(), java.util.List.of())
                .size();
    }

    private int statementsFor(MockHttpServletRequestBuilder request) throws Exception {
        sql.reset();
        mvc.perform(request).andExpect(status().isOk());
        return sql.count();
    }
}
