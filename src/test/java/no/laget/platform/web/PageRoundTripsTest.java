package no.laget.platform.web;

import jakarta.servlet.http.Cookie;

import no.laget.support.LagetTest;
import no.laget.support.SqlStatementCounter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.login;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What a page costs in round trips: statements, transactions and session writes, signed in for real (a session). */
@LagetTest
class PageRoundTripsTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired SqlStatementCounter sql;

    @Test
    void measure() throws Exception {
        Cookie session = mvc.perform(login("ansatt", "demo", "10.14.0.1")).andReturn().getResponse().getCookie("SESSION");
        long liam = jdbc.sql("select id from child where given_name = 'Liam' and family_name = 'Fantasisen'")
                .query(Long.class).single();
        long liamCase = jdbc.sql("select id from relay_case where child_id = ?").param(liam).query(Long.class).single();
        for (String page : new String[] {"/children/" + liam, "/cases/" + liamCase, "/mine-frister", "/children?q=fant"}) {
            for (int i = 0; i < 3; i++) {
                sql.reset();
                mvc.perform(get(page).cookie(session)).andExpect(status().isOk());
                System.out.println("ROUNDTRIPS " + page + " #" + i + ": " + sql.summary() + ", session writes "
                        + (sql.countContaining("update spring_session") + sql.countContaining("insert into spring_session")
                        + sql.countContaining("delete from spring_session")));
                if (i == 2) {
                    sql.statements().forEach(s -> System.out.println("   " + s.sql().replaceAll("\\s+", " ")));
                }
            }
        }
    }
}
