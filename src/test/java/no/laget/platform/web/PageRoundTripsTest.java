package no.laget.platform.web;

import jakarta.servlet.http.Cookie;

import no.laget.support.LagetTest;
import no.laget.support.SqlStatementCounter;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a page costs in round trips, signed in for real (a session in the database), at demo size, on the second GET
 * (the first one stores the CSRF token). Before issue 14's "fewer round trips" (docs/benchmarks.md): the child page 12
 * statements in 12 transactions on 12 connections, the case page 32/32/32, "Mine saker og frister" 11/11/11, the child
 * search 6/6/6; every page 3 statements and 3 commits for the session alone.
 */
@LagetTest
class PageRoundTripsTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired SqlStatementCounter sql;

    private Cookie session;
    private long liam;

    @BeforeEach
    void signIn() throws Exception {
        session = mvc.perform(login("ansatt", "demo", "10.14.0.1")).andReturn().getResponse().getCookie("SESSION");
        liam = jdbc.sql("select id from child where given_name = 'Liam' and family_name = 'Fantasisen'")
                .query(Long.class).single();
    }

    @Test
    void the_child_page_asks_the_door_once_logs_once_and_reads_in_one_transaction() throws Exception {
        secondGet("/children/" + liam);

        assertThat(sql.count()).as(sql.summary()).isEqualTo(8);
        assertThat(sql.countContaining("access_basis")).isEqualTo(1);
        assertThat(sql.countContaining("access_log_append")).isEqualTo(1);
        // the session read, the layout's report check, the page (one transaction), the log append
        assertThat(sql.transactions()).as(sql.summary()).isEqualTo(4);
        assertThat(sql.connections()).as(sql.summary()).isEqualTo(4);
    }

    @Test
    void the_case_page_asks_the_door_once_logs_once_and_reads_in_one_transaction() throws Exception {
        long relayCase = jdbc.sql("select id from relay_case where child_id = ?").param(liam).query(Long.class).single();
        secondGet("/cases/" + relayCase);

        assertThat(sql.count()).as(sql.summary()).isEqualTo(24);
        assertThat(sql.countContaining("access_basis")).isEqualTo(1);
        assertThat(sql.countContaining("access_log_append")).isEqualTo(1);
        assertThat(sql.transactions()).as(sql.summary()).isEqualTo(4);
        assertThat(sql.connections()).as(sql.summary()).isEqualTo(4);
    }

    @Test
    void my_work_logs_all_its_sections_in_one_append_and_reads_in_one_transaction() throws Exception {
        secondGet("/mine-frister");

        assertThat(sql.countContaining("access_log_append")).as(sql.summary()).isEqualTo(1);
        assertThat(sql.count()).as(sql.summary()).isEqualTo(7);
        assertThat(sql.transactions()).as(sql.summary()).isEqualTo(4);
    }

    @Test
    void the_child_search_reads_the_session_once_and_writes_none_of_it() throws Exception {
        secondGet("/children?q=fant");

        // the session, the layout's check, the count of matches (at most 1,001: Children.MAX_MATCHES), the search, the log
        assertThat(sql.count()).as(sql.summary()).isEqualTo(5);
        assertThat(sql.countContaining("limit ")).as(sql.summary()).isGreaterThanOrEqualTo(2);
        assertThat(sql.countContaining("SPRING_SESSION")).isEqualTo(1);
        assertThat(sql.commits()).isZero();
    }

    private void secondGet(String page) throws Exception {
        mvc.perform(get(page).cookie(session)).andExpect(status().isOk());
        sql.reset();
        mvc.perform(get(page).cookie(session)).andExpect(status().isOk());
        System.out.println("ROUNDTRIPS " + page + ": " + sql.summary());
    }
}
