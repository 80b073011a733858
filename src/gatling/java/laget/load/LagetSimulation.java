package laget.load;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Laget under load (issue 14; README.md, "Lasttest"; docs/benchmarks.md): four kinds of employees of the national data
 * set ({@code ./laget dataset}), each virtual user logged in with the form (CSRF token) as another employee of the
 * right kind, for {@code -Dusers} concurrent users (closed model: a user who is done is replaced at once) during
 * {@code -Dduration} seconds, with {@code -Dpause} milliseconds between pages (default 0: the users wait for nothing
 * but Laget).
 *
 * <ul>
 *   <li>An employee's day (about 60%: health station, kindergarten and school): the login, "Mine saker og frister",
 *       a search for a child the employee's unit serves by name and birth date (from the file {@code ./laget dataset} writes,
 *       {@code -DchildrenFile}; without it a given name and the start of a family name), that child's page, a case
 *       page, logout.</li>
 *   <li>A health nurse registers a consent (15%): her deadlines, a search, the consent form (for the child found, or
 *       else one of her deadlines), its POST.</li>
 *   <li>A report of concern (10%, kindergarten and school): deadlines, search, the child's page, the report form
 *       filled in from the child, its POST.</li>
 *   <li>Child welfare's intake (15%): the intake list and one report in it.</li>
 * </ul>
 */
public class LagetSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
    private static final int USERS = Integer.getInteger("users", 10);
    private static final int DURATION = Integer.getInteger("duration", 60);
    private static final int PAUSE_MS = Integer.getInteger("pause", 0);
    private static final String PASSWORD = System.getProperty("password", "datasett-demo");
    private static final String ADMIN_USER = System.getProperty("admin.user", "admin");
    private static final String ADMIN_PASSWORD = System.getProperty("admin.password", "demo");
    private static final String CHILDREN_FILE = System.getProperty("childrenFile", "data/dataset-children.csv");

    /** Given names of the data set: a search is a given name and the start of a family name, as at national scale a
     * few letters alone match tens of thousands of children and Laget asks for more (Children.MAX_MATCHES). */
    private static final List<String> GIVEN = List.of("Emma", "Nora", "Olivia", "Ella", "Sofie", "Leah", "Frida",
            "Ingrid", "Sara", "Maja", "Jakob", "Noah", "Emil", "Lucas", "Oliver", "Isak", "William", "Filip", "Aksel",
            "Theodor", "Amir", "Yasmin", "Mohammed", "Aisha", "Ole", "Kari", "Liam", "Selma", "Tiril", "Johannes");

    private static final List<String> PREFIXES = List.of("Han", "Joh", "Ols", "Lar", "And", "Ped", "Nil", "Kri",
            "Jen", "Kar", "Pet", "Eri", "Ber", "Hau", "Hag", "Dah", "Hal", "Hen", "Lun", "Sør", "Jak", "Moe",
            "Gun", "Ive", "Str", "Sol", "Sve", "Eid", "Knu", "Mar", "Pau", "Bak", "Mat", "Lie", "Amu", "Ngu", "Ras",
            "Ali", "Nyg", "Fre", "Hol", "Chr", "Eve", "Sæt", "Aas", "Myh", "Ahm", "Tho", "Siv", "Sim", "Dan", "Ødeg");

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("nb-NO,nb;q=0.9")
            .userAgentHeader("Laget load test (Gatling)")
            .disableCaching(); // pages only: their CSS and scripts are static files, cached by a browser

    {
        DatasetEmployees employees = DatasetEmployees.fetch(BASE_URL, ADMIN_USER, ADMIN_PASSWORD,
                java.nio.file.Path.of(CHILDREN_FILE));
        List<Map<String, Object>> staff = employees.feeder("the employee's day", e ->
                List.of("HEALTH_STATION", "KINDERGARTEN", "SCHOOL").contains(e.unitType()));
        List<Map<String, Object>> nurses = employees.feeder("the nurse", e -> e.unitType().equals("HEALTH_STATION"));
        List<Map<String, Object>> reporters = employees.feeder("the report of concern", e ->
                List.of("KINDERGARTEN", "SCHOOL").contains(e.unitType()));
        List<Map<String, Object>> intake = employees.feeder("the intake", e ->
                e.unitType().equals("CHILD_WELFARE") && e.roles().contains("CHILD_WELFARE_INTAKE"));
        System.out.printf("laget.load: %d employees of the data set (%d staff, %d nurses, %d reporters, %d intake,"
                + " %d who know a child) at %s; %d users for %d s%n", employees.all().size(), staff.size(),
                nurses.size(), reporters.size(), intake.size(), employees.known().size(), BASE_URL, USERS, DURATION);

        ScenarioBuilder day = scenario("Ansatts dag").feed(listFeeder(staff).circular())
                .exec(login(), myWork(), search(), childPage(), casePage(), logout());
        ScenarioBuilder consent = scenario("Helsesykepleier registrerer samtykke").feed(listFeeder(nurses).circular())
                .exec(login(), myWork(), search(), consentForm(), logout());
        ScenarioBuilder report = scenario("Bekymringsmelding").feed(listFeeder(reporters).circular())
                .exec(login(), myWork(), search(), childPage(), reportForm(), logout());
        ScenarioBuilder intakeDay = scenario("Barnevernets mottak").feed(listFeeder(intake).circular())
                .exec(login(), intake(), logout());

        int[] split = split(USERS);
        List<PopulationBuilder> populations = new ArrayList<>();
        ScenarioBuilder[] scenarios = {day, consent, report, intakeDay};
        for (int i = 0; i < scenarios.length; i++) {
            if (split[i] > 0) {
                populations.add(scenarios[i].injectClosed(
                        constantConcurrentUsers(split[i]).during(Duration.ofSeconds(DURATION))));
            }
        }
        setUp(populations).protocols(protocol).maxDuration(Duration.ofSeconds(DURATION + 30L))
                .assertions(global().failedRequests().percent().lt(1.0));
    }

    /** Users per scenario: 60% the employee's day, 15% consent, 10% report, 15% intake, at least one each from 4. */
    static int[] split(int users) {
        if (users < 4) {
            return new int[] {users, 0, 0, 0};
        }
        int consent = Math.max(1, Math.round(users * 0.15f));
        int report = Math.max(1, Math.round(users * 0.10f));
        int intake = Math.max(1, Math.round(users * 0.15f));
        return new int[] {users - consent - report - intake, consent, report, intake};
    }

    /**
     * The user's pause before a page: uniformly random between none and twice {@code -Dpause} ms (so {@code -Dpause}
     * on average; none by default). A fixed pause kept the users in step: all fifty asked at the same moment, then
     * none for five seconds, which measured bursts, not fifty people at work.
     */
    private static ChainBuilder think() {
        return PAUSE_MS > 0 ? pause(Duration.ZERO, Duration.ofMillis(2L * PAUSE_MS)) : exec(session -> session);
    }

    private static ChainBuilder login() {
        return exec(think()).exec(http("innlogging: skjema").get("/login")
                        .check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(think())
                .exec(http("innlogging").post("/login").disableFollowRedirect()
                        .formParam("username", "#{username}").formParam("password", PASSWORD)
                        .formParam("_csrf", "#{csrf}")
                        // a failed login goes back to /login?...
                        .check(status().is(302),
                                header("Location").transform(location -> location.contains("/login")).is(false)));
    }

    private static ChainBuilder myWork() {
        return exec(think()).exec(http("mine saker og frister").get("/mine-frister")
                .check(status().is(200), csrf(),
                        regex("href=\"/cases/(\\d+)\"").findRandom().optional().saveAs("caseId"),
                        regex("href=\"/children/(\\d+)/consents\"").findRandom().optional().saveAs("workChildId")));
    }

    /**
     * A search: for the child the employee knows (the data set's file) by its name and birth date, as a person at
     * work looks up a child they serve, or else a given name and the start of a family name. The child of the day is the known one
     * (the user follows its link), or else one the search found, or else one from the user's deadlines.
     */
    private static ChainBuilder search() {
        return exec(think())
                .exec(session -> session.set("prefix", session.contains("knownChildSearch")
                        ? session.getString("knownChildSearch")
                        : GIVEN.get(ThreadLocalRandom.current().nextInt(GIVEN.size())) + " "
                                + PREFIXES.get(ThreadLocalRandom.current().nextInt(PREFIXES.size()))))
                .exec(http("barnesøk").get("/children").queryParam("q", "#{prefix}")
                        .check(status().is(200), csrf(),
                                regex("href=\"/children/(\\d+)\"").findRandom().optional().saveAs("foundChildId")))
                .exec(session -> {
                    for (String key : List.of("knownChildId", "foundChildId", "workChildId")) {
                        if (session.contains(key)) {
                            return session.set("childId", session.getString(key));
                        }
                    }
                    return session;
                });
    }

    private static ChainBuilder childPage() {
        return exec(think()).doIf(session -> session.contains("childId")).then(
                exec(http("barnets side").get("/children/#{childId}")
                        .check(status().is(200), csrf())));
    }

    private static ChainBuilder casePage() {
        return exec(think())
                .doIf(session -> !session.contains("caseId")).then(
                        exec(http("saker").get("/cases")
                                .check(status().is(200),
                                        regex("href=\"/cases/(\\d+)\"").findRandom().optional().saveAs("caseId"))))
                .doIf(session -> session.contains("caseId")).then(
                        exec(http("saksside").get("/cases/#{caseId}")
                                .check(status().is(200), csrf())));
    }

    private static ChainBuilder consentForm() {
        String today = LocalDate.now(ZoneId.of("Europe/Oslo")).toString();
        String nextYear = LocalDate.now(ZoneId.of("Europe/Oslo")).plusYears(1).minusDays(1).toString();
        return exec(think()).doIf(session -> session.contains("childId")).then(
                exec(http("samtykke: skjema").get("/children/#{childId}/consents/new")
                        .check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf"),
                                css("input[name=guardianIds]", "value").findAll().optional().saveAs("guardianIds")))
                        .exec(think())
                        .exec(session -> session.contains("guardianIds") ? session
                                : session.set("guardianIds", List.of()))
                        .exec(http("samtykke: registrer").post("/children/#{childId}/consents")
                                .formParam("_csrf", "#{csrf}")
                                .formParam("givenBy", "GUARDIANS").multivaluedFormParam("guardianIds", "#{guardianIds}")
                                .formParam("howGiven", "WRITTEN")
                                .formParam("purpose", "Samarbeid om oppfølging (lasttest)")
                                .formParam("childView", "").formParam("categories", "HEALTH")
                                .formParam("receiverUnitTypes", "SCHOOL")
                                .formParam("validFrom", today).formParam("validTo", nextYear)
                                .check(status().is(200), currentLocationRegex(".*/children/\\d+/consents$").exists(),
                                        regex("<title>Feil").notExists(),
                                        csrf())));
    }

    private static ChainBuilder reportForm() {
        return exec(think()).doIf(session -> session.contains("childId")).then(
                exec(http("bekymringsmelding: skjema").get("/reports/new").queryParam("childId", "#{childId}")
                        .check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf"),
                                bodyString().transform(FormFields::of).saveAs("fields")))
                        .exec(think())
                        .exec(session -> session.set("reportFields", reportFields(session)))
                        .exec(http("bekymringsmelding: send").post("/reports")
                                .formParam("_csrf", "#{csrf}")
                                .formParamMap(session -> session.<Map<String, Object>>get("reportFields"))
                                .check(status().is(200), regex("<title>Feil").notExists(),
                                        csrf())));
    }

    /** The report form as the page filled it in from the child, with what the reporter writes and chooses. */
    private static Map<String, Object> reportFields(Session session) {
        Map<String, Object> fields = new HashMap<>(session.<Map<String, Object>>get("fields"));
        fields.put("reporterRole", "Kontaktlærer");
        fields.put("reporterPhone", "69 17 00 00");
        fields.put("children[0].told", "false");
        fields.put("children[0].notToldReason", "Faren kan bli voldelig (lasttest)");
        // the address is shown only to the unit that recorded it (the health station); a school's reporter types it
        if (String.valueOf(fields.getOrDefault("children[0].address", "")).isBlank()) {
            fields.put("children[0].address", "Datasettveien 1");
        }
        for (int i = 0; fields.containsKey("guardians[" + i + "].name"); i++) {
            fields.put("guardians[" + i + "].told", "true");
        }
        fields.put("grounds", "NEGLECT_OR_MISTREATMENT");
        fields.put("concern", "Barnet kommer ofte sulten på skolen (lasttest).");
        fields.put("history", "Bekymret siden høstferien (lasttest).");
        fields.put("interpreterNeeded", "false");
        fields.put("bestInterest.childHeard", "YES");
        fields.put("bestInterest.childViews", "Barnet sier at det vil ha hjelp.");
        fields.put("bestInterest.howHeard", "Samtale på skolen.");
        fields.put("bestInterest.notHeardReason", "");
        fields.put("bestInterest.weighing", "Barnets ønske er vektlagt.");
        fields.put("bestInterest.alternatives", "Å vente en måned.");
        fields.put("bestInterest.conclusion", "Vi melder.");
        return fields;
    }

    private static ChainBuilder intake() {
        return exec(think()).exec(http("mottak: liste").get("/intake")
                        .check(status().is(200), csrf(),
                                regex("href=\"/intake/(\\d+)\"").findRandom().optional().saveAs("reportId")))
                .exec(think())
                .doIf(session -> session.contains("reportId")).then(
                        exec(http("mottak: melding").get("/intake/#{reportId}")
                                .check(status().is(200), csrf())));
    }

    /** Every page after the login carries the session's CSRF token (a new one since the login) for the logout form. */
    private static io.gatling.javaapi.core.CheckBuilder csrf() {
        return css("meta[name=csrf-token]", "content").saveAs("csrf");
    }

    private static ChainBuilder logout() {
        return exec(think()).exec(http("utlogging").post("/logout").formParam("_csrf", "#{csrf}")
                .disableFollowRedirect().check(status().is(302)));
    }
}
