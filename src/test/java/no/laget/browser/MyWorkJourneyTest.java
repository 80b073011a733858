package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import no.laget.deadline.internal.DeadlineRequest;
import no.laget.deadline.internal.Deadlines;
import no.laget.mywork.DeadlineState;
import no.laget.platform.security.SignedInUser;
import no.laget.support.Browser;
import no.laget.support.BrowserTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A teacher opens "Mine saker og frister" from the menu, reads an overdue deadline in words and follows its link. */
@BrowserTest
class MyWorkJourneyTest extends BrowserJourney {

    @Autowired Deadlines deadlines;
    @Autowired UserDetailsService accounts;
    @Autowired Clock clock;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void a_teacher_finds_the_units_overdue_deadline_and_opens_it() {
        SignedInUser teacher = (SignedInUser) accounts.loadUserByUsername("laerer");
        LocalDate today = DeadlineState.today(clock);
        LocalDate due = today.minusDays(3);
        deadlines.schedule(new DeadlineRequest("JOURNEY_TEST", "browser-test", System.nanoTime(), null,
                teacher.unitId(), null, due, null, "/children"));

        Page page = browser.signedIn(port, "laerer");
        browser.clickTo(page, Browser.navigationLink(page, "Mine saker og frister"), "**/mine-frister");

        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText(due.getDayOfMonth() + "." + due.getMonthValue() + "." + due.getYear()))
                .filter(new Locator.FilterOptions().setHasText("Frist"));
        assertThat(row.first()).containsText("Fristen er passert");
        browser.clickTo(page, row.first().getByRole(AriaRole.LINK).first(), "**/children");
    }

    @Test
    void without_javascript_a_teacher_marks_a_deadline_not_relevant_is_told_the_reason_is_missing_and_can_undo_it() {
        SignedInUser teacher = (SignedInUser) accounts.loadUserByUsername("laerer");
        LocalDate due = DeadlineState.today(clock).plusDays(2);
        deadlines.schedule(new DeadlineRequest("JOURNEY_MARK", "browser-test", System.nanoTime(), null,
                teacher.unitId(), teacher.employeeId(), due, null, "/children"));
        String date = due.getDayOfMonth() + "." + due.getMonthValue() + "." + due.getYear();

        Page page = browser.newPage(port, options -> options.setJavaScriptEnabled(false));
        Browser.logInWithoutJavaScript(page, "laerer"); // axe, which logIn runs, needs JavaScript
        page.navigate("/mine-frister");
        Browser.link(page, "Merk som utført eller ikke aktuell Frist, " + date)
                .first().click();
        page.waitForURL("**/merk"); // axe needs JavaScript: EveryPageAccessibleTest checks this page
        page.getByLabel("Ikke aktuell").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Feil: "));
        assertThat(page.locator("#reason-error")).containsText("Skriv en begrunnelse");
        assertThat(page.getByLabel("Ikke aktuell")).isChecked();

        page.getByLabel("Begrunnelse (valgfritt når fristen er utført)").fill("Barnet har flyttet");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
        page.waitForURL("**/mine-frister?merket=*");
        assertThat(page.locator("#marked")).containsText("er merket som ikke aktuell");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Angre")).click();
        page.waitForURL("**/mine-frister?angret");
        assertThat(page.getByText("Merkingen er angret.")).isVisible();
    }

    @Test
    void an_employee_whose_unit_has_many_deadlines_pages_through_them_from_the_keyboard() {
        long unit = jdbc.sql("""
                insert into unit (municipality_id, name, type, active, created_at, updated_at)
                select municipality_id, ?, 'KINDERGARTEN', true, now(), now() from unit order by id limit 1
                returning id""").param("Sidebarnehage " + System.nanoTime()).query(Long.class).single();
        String username = "sider-" + System.nanoTime();
        long employee = jdbc.sql("""
                insert into employee (username, display_name, email, unit_id, password_hash, active, created_at, updated_at)
                select ?, 'Side Testansatt', ? || '@laget.test', ?, password_hash, true, now(), now()
                  from employee where username = 'laerer' returning id""")
                .params(username, username, unit).query(Long.class).single();
        jdbc.sql("insert into employee_role (employee_id, role) values (?, 'EMPLOYEE')").param(employee).update();
        LocalDate today = DeadlineState.today(clock);
        for (int i = 0; i < Deadlines.PAGE_SIZE + 5; i++) {
            deadlines.schedule(new DeadlineRequest("JOURNEY_PAGES", "browser-test", System.nanoTime(), null, unit, null,
                    today.plusDays(i), null, "/children"));
        }

        Page page = browser.signedIn(port, username);
        assertThat(page.getByText("Viser frist 1–50, de som har gått ut først.")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mine saker").setExact(true))).isVisible();
        browser.followLinkByKeyboard(page, "Neste side", 300, "**/mine-frister?side=1");

        assertThat(page.getByText("Viser frist 51–55, de som har gått ut først.")).isVisible();
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Sider med frister"))
                .getByRole(AriaRole.LINK)).hasCount(2);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mine saker").setExact(true))).hasCount(0);
        browser.followLinkByKeyboard(page, "Forrige side", 300, "**/mine-frister?side=0");
        assertThat(page.getByText("Viser frist 1–50, de som har gått ut først.")).isVisible();
    }

    @Test
    void a_teacher_finds_a_case_she_holds_the_relay_for_and_opens_it() {
        Page page = browser.openAs(port, "laerer", "/mine-frister");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mine saker").setExact(true))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mine tiltak").setExact(true))).isVisible();
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Du er stafettholder"));
        assertThat(row.first()).containsText("Sak på nivå");
        browser.clickTo(page, row.first().getByRole(AriaRole.LINK), "**/cases/*");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
    }
}
