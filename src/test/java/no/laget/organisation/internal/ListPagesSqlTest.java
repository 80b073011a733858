package no.laget.organisation.internal;

import java.util.List;

import no.laget.support.LagetTest;
import no.laget.support.SqlStatementCounter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.Accounts.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** List pages make the same number of SQL statements whether they show ten rows or fifty. */
@LagetTest
class ListPagesSqlTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired SqlStatementCounter sql;
    @Autowired UnitAdministration unitAdministration;
    @Autowired EmployeeAdministration employeeAdministration;

    @Test
    void the_unit_and_employee_lists_make_a_constant_number_of_statements() throws Exception {
        var admin = as(accounts, "admin");
        int unitsBefore = statementsFor("/admin/units", admin);
        int employeesBefore = statementsFor("/admin/employees", admin);

        for (int i = 0; i < 40; i++) {
            var unit = unitAdministration.create(new UnitForm(unique("Sql-enhet"), "OTHER", true));
            employeeAdministration.create(new EmployeeForm("Test Teller", unique("sql"), "t@halden.kommune.no",
                    String.valueOf(unit.id()), List.of("EMPLOYEE", "UNIT_LEADER"), "et-langt-passord", null));
        }

        assertThat(statementsFor("/admin/units", admin)).isEqualTo(unitsBefore);
        assertThat(statementsFor("/admin/employees", admin)).isEqualTo(employeesBefore);
    }

    private int statementsFor(String path, org.springframework.test.web.servlet.request.RequestPostProcessor user)
            throws Exception {
        sql.reset();
        mvc.perform(get(path).with(user)).andExpect(status().isOk());
        return sql.count();
    }
}
