package no.laget.platform.web;

import static no.laget.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.laget.casework.Cases;
import no.laget.platform.security.Role;
import no.laget.access.AccessDoor;
import no.laget.casework.internal.AddMeasure;
import no.laget.casework.internal.OpenCase;
import no.laget.casework.internal.RelayLog;
import no.laget.casework.internal.Responsible;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Clock;

/**
 * The menu and the start page (issue 16, "navigation by task"): everyday tasks first and few, extra responsibilities
 * under their own heading, the current page marked, no role codes, emergency access where access is refused.
 */
@LagetTest
class NavigationTest {

    static final List<String> DEMO_USERS = List.of("admin", "ansatt", "leder", "helsesykepleier", "laerer", "ppt",
            "barnevern", "nav", "oppvekst", "revisor");
    static final List<String> WORK_WITH_CHILDREN = List.of("ansatt", "leder", "helsesykepleier", "laerer", "ppt",
            "barnevern", "nav");
    static final List<String> EVERYDAY = List.of("Mine saker og frister", "Barn", "Bekymret for et barn?",
            "Stafettlogger", "Mine meldinger", "Hvem kan hjelpe?");

    private static final Pattern NAV = Pattern.compile("<nav class=\"site-nav\".*?</nav>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<a [^>]*href=\"([^\"]*)\"[^>]*>([^<]*)</a>");
    private static final Pattern GROUP = Pattern.compile(
            "<h2 class=\"site-nav-heading\" id=\"[^\"]*\">([^<]*)</h2>\\s*<ul[^>]*>(.*?)</ul>", Pattern.DOTALL);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ChildFixtures fixtures;
    @Autowired Cases cases;
    @Autowired RelayLog relayLog;
    @Autowired Clock clock;

    @Test
    void an_ordinary_employee_has_six_everyday_entries_named_by_task_and_no_groups() throws Exception {
        for (String user : List.of("ansatt", "laerer")) {
            String nav = nav(page("/mine-frister", user));
            assertThat(labels(everyday(nav))).as(user).containsExactlyElementsOf(EVERYDAY);
            assertThat(groups(nav)).as(user).isEmpty();
        }
    }

    @Test
    void nobody_who_works_with_children_has_more_than_six_everyday_entries() throws Exception {
        for (String user : WORK_WITH_CHILDREN) {
            assertThat(labels(everyday(nav(page("/mine-frister", user))))).as(user).hasSizeBetween(1, 6)
                    .doesNotContain("Nødtilgang", "Be om tilbakemelding", "Registrer barn", "Send bekymringsmelding");
        }
    }

    @Test
    void extra_responsibilities_come_under_their_own_heading_and_not_among_the_everyday_entries() throws Exception {
        Map<String, Map<String, List<String>>> expected = new LinkedHashMap<>();
        expected.put("leder", Map.of("For ledere", List.of("Tiltak enheten din eier", "Gjennomgå nødtilgang",
                "Krav om å gi barn tjenester")));
        expected.put("barnevern", Map.of("Barnevern og NAV",
                List.of("Meldinger til barnevernet", "Overgang til voksen", "Kronekort", "Samarbeidsavtaler")));
        expected.put("nav", Map.of("Barnevern og NAV", List.of("Overgang til voksen", "Kronekort", "Samarbeidsavtaler")));
        expected.put("oppvekst", Map.of("For kommunen", List.of("Statistikk", "Interne tall", "Tilbakemeldinger",
                "Tiltaksoversikt", "Oppvekstplanen")));
        expected.put("admin", Map.of("Administrasjon", List.of("Tjenester", "Ansatte", "Andre systemer", "Arkivuttrekk")));
        expected.put("revisor", Map.of("Kontroll", List.of("Tilgangslogg")));
        for (var entry : expected.entrySet()) {
            String nav = nav(start(entry.getKey()));
            assertThat(groups(nav)).as(entry.getKey()).isEqualTo(entry.getValue());
            assertThat(labels(everyday(nav))).as(entry.getKey())
                    .doesNotContainAnyElementsOf(entry.getValue().values().iterator().next());
        }
    }

    @Test
    void the_current_page_and_only_it_is_marked_in_the_menu() throws Exception {
        assertThat(current(page("/mine-frister", "ansatt"))).containsExactly("Mine saker og frister");
        assertThat(current(page("/children", "ansatt"))).containsExactly("Barn");
        assertThat(current(page("/bekymret", "laerer"))).containsExactly("Bekymret for et barn?");
        assertThat(current(page("/emergency-reviews", "leder"))).containsExactly("Gjennomgå nødtilgang");
        assertThat(current(page("/admin/units", "admin"))).containsExactly("Tjenester");
        // a page below a menu entry is not that entry's page
        assertThat(current(page("/children/new", "ansatt"))).isEmpty();
        assertThat(current(page("/children?q=x", "ansatt"))).containsExactly("Barn");
    }

    @Test
    void no_role_code_or_list_of_roles_appears_on_the_start_page_or_in_the_menu_for_any_demo_user() throws Exception {
        List<String> roleWords = new ArrayList<>();
        for (Role role : Role.values()) {
            roleWords.add(role.name());
        }
        // the bokmål names of roles that are not also everyday words or menu entries
        roleWords.addAll(List.of("Dine roller", "Leder for tjenesten", "Barnevernets mottak", "Oppvekstadministrasjon",
                "Revisor for behandlingsansvarlig"));
        for (String user : DEMO_USERS) {
            String page = start(user);
            for (String word : roleWords) {
                assertThat(Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(page).find())
                        .as(user + " sees " + word).isFalse();
            }
        }
    }

    @Test
    void those_who_work_with_children_start_on_their_cases_and_deadlines_the_others_on_a_greeting() throws Exception {
        for (String user : WORK_WITH_CHILDREN) {
            assertThat(mvc.perform(get("/").with(as(accounts, user))).andReturn().getResponse().getRedirectedUrl())
                    .as(user).isEqualTo("/mine-frister");
        }
        for (String user : List.of("admin", "oppvekst", "revisor")) {
            MvcResult result = mvc.perform(get("/").with(as(accounts, user))).andReturn();
            assertThat(result.getResponse().getStatus()).as(user).isEqualTo(200);
            assertThat(result.getResponse().getContentAsString()).as(user).contains("Hei, ")
                    .doesNotContain("href=\"/mine-frister\"");
        }
    }

    @Test
    void my_work_lists_deadlines_first_then_cases_measures_and_reports() throws Exception {
        String page = page("/mine-frister", "ansatt");
        int deadlines = page.indexOf(">Frister</h2>");
        int myCases = page.indexOf(">Mine saker</h2>");
        int measures = page.indexOf(">Mine tiltak</h2>");
        int reports = page.indexOf(">Mine meldinger</h2>");
        assertThat(deadlines).isPositive();
        assertThat(List.of(deadlines, myCases, measures, reports)).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void emergency_access_is_offered_on_the_refusal_of_a_childs_data_and_never_in_the_menu() throws Exception {
        long othersChild = fixtures.childOf("laerer", TestChildren.familyName());

        MvcResult refused = mvc.perform(get("/children/" + othersChild).with(as(accounts, "ansatt"))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(refused.getResponse().getContentAsString()).contains("data-emergency-offer")
                .contains("href=\"/children/emergency\"").contains("Bruk nødtilgang");

        // a child that does not exist gets the same page, offer included
        MvcResult unknown = mvc.perform(get("/children/987654321").with(as(accounts, "ansatt"))).andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(403);
        assertThat(unknown.getResponse().getContentAsString()).contains("href=\"/children/emergency\"");

        // nobody who may not use emergency access is offered it
        MvcResult admin = mvc.perform(get("/children/" + othersChild).with(as(accounts, "admin"))).andReturn();
        assertThat(admin.getResponse().getStatus()).isEqualTo(403);
        assertThat(admin.getResponse().getContentAsString()).doesNotContain("/children/emergency");

        for (String user : DEMO_USERS) {
            assertThat(nav(start(user))).as(user).doesNotContain("/children/emergency");
        }
    }

    @Test
    void feedback_is_asked_for_from_the_meeting_or_measure_it_is_about_and_not_from_the_menu() throws Exception {
        SignedInUser ansatt = fixtures.user("ansatt");
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        fixtures.consent("ansatt", child, ansatt.unitId(), today.minusDays(1), today.plusYears(1), "RELAY_LOG");
        long relayCase = cases.open(ansatt, child, OpenCase.atLevel1(ansatt.employeeId(), "Trives i barnehagen"));
        relayLog.addMeasure(ansatt, relayCase, new AddMeasure("Lesegruppe", Responsible.employee(ansatt.employeeId()),
                today, today.plusDays(30)));

        assertThat(page("/cases/" + relayCase, "ansatt")).contains("href=\"/feedback?om=MEASURE&amp;sak=" + relayCase + "\"");
        assertThat(checkedKind(page("/feedback?om=MEASURE", "ansatt"))).isEqualTo("MEASURE");
        assertThat(checkedKind(page("/feedback?om=MEETING", "ansatt"))).isEqualTo("MEETING");
        assertThat(checkedKind(page("/feedback?om=SOMETHING", "ansatt"))).isNull();
        assertThat(checkedKind(page("/feedback", "ansatt"))).isNull();
        for (String user : DEMO_USERS) {
            assertThat(nav(start(user))).as(user).doesNotContain("href=\"/feedback\"");
        }
    }

    @Test
    void the_worried_page_finds_the_child_and_offers_every_bti_path() throws Exception {
        String familyName = TestChildren.familyName();
        long child = fixtures.childOf("ansatt", familyName);

        String empty = page("/bekymret", "ansatt");
        assertThat(empty).contains("<h1", "Bekymret for et barn?", "href=\"/anonymous-discussions/new\"",
                "href=\"/reports/new\"", "href=\"/concerns\"", "href=\"/cases\"", "href=\"/children/new\"")
                .doesNotContain("/concerns/new");

        String found = page("/bekymret?q=" + familyName, "ansatt");
        assertThat(found).contains("href=\"/children/" + child + "/concerns/new\"",
                "href=\"/children/" + child + "/cases/new\"", "value=\"" + familyName + "\"");

        // another unit without consent does not find the child
        assertThat(page("/bekymret?q=" + familyName, "laerer")).doesNotContain("/children/" + child);
        // a search for nothing searches nothing; odd input is answered, not failed
        assertThat(page("/bekymret?q=+++", "ansatt")).doesNotContain("treff");
        assertThat(page("/bekymret?q=%25%27%22", "ansatt")).contains("Fant ingen barn");
        // those who do not work with children are refused
        assertThat(mvc.perform(get("/bekymret").with(as(accounts, "admin"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/bekymret").with(as(accounts, "oppvekst"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    private String page(String path, String user) throws Exception {
        MvcResult result = mvc.perform(get(path).with(as(accounts, user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(user + " " + path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    /** The page "/" leads the user to, followed once if it redirects. */
    private String start(String user) throws Exception {
        MvcResult result = mvc.perform(get("/").with(as(accounts, user))).andReturn();
        String target = result.getResponse().getRedirectedUrl();
        return target == null ? result.getResponse().getContentAsString() : page(target, user);
    }

    private static String nav(String page) {
        Matcher matcher = NAV.matcher(page);
        assertThat(matcher.find()).as("the page has the main menu").isTrue();
        return matcher.group();
    }

    /** The links before the first group heading. */
    private static String everyday(String nav) {
        int group = nav.indexOf("site-nav-group");
        return group < 0 ? nav : nav.substring(0, group);
    }

    private static List<String> labels(String html) {
        List<String> labels = new ArrayList<>();
        Matcher matcher = LINK.matcher(html);
        while (matcher.find()) {
            labels.add(matcher.group(2));
        }
        return labels;
    }

    private static Map<String, List<String>> groups(String nav) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Matcher matcher = GROUP.matcher(nav);
        while (matcher.find()) {
            groups.put(matcher.group(1), labels(matcher.group(2)));
        }
        return groups;
    }

    private static List<String> current(String page) {
        List<String> marked = new ArrayList<>();
        Matcher matcher = Pattern.compile("<a [^>]*aria-current=\"page\"[^>]*>([^<]*)</a>").matcher(nav(page));
        while (matcher.find()) {
            marked.add(matcher.group(1));
        }
        return marked;
    }

    private static String checkedKind(String page) {
        Matcher matcher = Pattern.compile("<input[^>]*name=\"kind\"[^>]*>").matcher(page);
        while (matcher.find()) {
            String input = matcher.group();
            if (input.contains("checked")) {
                Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input);
                return value.find() ? value.group(1) : "";
            }
        }
        return null;
    }
}
