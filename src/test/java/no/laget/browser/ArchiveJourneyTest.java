package no.laget.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import no.laget.support.Browser;
import no.laget.support.BrowserTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The archive in the browser: the nurse reads Emma's archived consent form in the list, and the administrator makes
 * an extract from the menu and watches it finish (htmx asks again while it runs). Every page passes axe.
 */
@BrowserTest
class ArchiveJourneyTest extends BrowserJourney {

    @Autowired JdbcClient jdbc;

    @Test
    void the_nurse_reads_the_archive_and_the_administrator_makes_an_extract() {
        long emma = jdbc.sql("select id from child where given_name = 'Emma' and family_name = 'Fiktivsen'")
                .query(Long.class).single();
        Page nurse = browser.openAs(port, "helsesykepleier", "/children/" + emma);
        Browser.link(nurse, "Arkiverte dokumenter").click();
        assertThat(nurse.locator("h1")).hasText("Arkiverte dokumenter for Emma Fiktivsen");
        assertThat(nurse.locator("tbody tr").first()).containsText("Samtykke for Emma Fiktivsen");
        browser.assertAccessible(nurse);
        nurse.context().close();

        Page admin = browser.signedIn(port, "admin");
        Browser.link(admin, "Arkivuttrekk").first().click();
        browser.assertAccessible(admin);
        String today = LocalDate.now(ZoneId.of("Europe/Oslo")).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        admin.getByLabel("Fra dato").fill(today);
        admin.getByLabel("Til dato").fill("31.12.1999");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lag uttrekk")).click();
        assertThat(admin.locator("#to-error")).hasText("Til-datoen må være samme dag som eller etter fra-datoen");
        browser.assertAccessible(admin);
        admin.getByLabel("Til dato").fill(today);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lag uttrekk")).click();
        assertThat(admin.locator("#job-status")).containsText("Ferdig",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        browser.assertAccessible(admin);
        admin.context().close();
    }
}
