package no.laget.family;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import no.laget.casework.internal.AddMeasure;
import no.laget.casework.CaseCommands;
import no.laget.casework.Cases;
import no.laget.casework.ConcernDecision;
import no.laget.casework.ConcernStep;
import no.laget.casework.internal.Concerns;
import no.laget.casework.internal.DecideConcern;
import no.laget.casework.internal.OpenCase;
import no.laget.casework.internal.RecordStep;
import no.laget.casework.internal.RelayLog;
import no.laget.casework.internal.Responsible;
import no.laget.casework.internal.SavePlan;
import no.laget.casework.internal.Transitions;
import no.laget.casework.internal.WriteConcern;
import no.laget.child.Children;
import no.laget.consent.internal.ConsentForm;
import no.laget.consent.internal.ConsentRequestForm;
import no.laget.consent.ConsentRequests;
import no.laget.consent.Consents;
import no.laget.organisation.Organisation;
import no.laget.platform.security.SignedInUser;
import no.laget.support.FamilyFixtures;
import no.laget.support.FamilyFixtures.Family;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.SqlStatementCounter;
import no.laget.support.VeraPdf;

import jakarta.servlet.http.Cookie;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static no.laget.support.PageContent.withoutToken;
import static no.laget.support.Pdfs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Innsyn (GDPR art. 15, rule 33): everything Laget holds about the child, as PDF/UA and JSON, at once and logged. */
@LagetTest
class InnsynPagesTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String PURPOSE = "Samarbeid om skolestart og lesing";

    @Autowired MockMvc mvc;
    @Autowired FamilyFixtures families;
    @Autowired MovableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService accounts;
    @Autowired Children children;
    @Autowired Consents consents;
    @Autowired Cases cases;
    @Autowired RelayLog relayLog;
    @Autowired Organisation organisation;
    @Autowired ConsentRequests consentRequests;
    @Autowired Concerns concerns;
    @Autowired Transitions transitions;
    @Autowired SqlStatementCounter sql;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Arranged(Family family, String childName, String otherGuardianNumber) {}

    private SignedInUser employee(String username) {
        return (SignedInUser) accounts.loadUserByUsername(username);
    }

    /** A child of the health station with a consent to share with Gimle skole, a relay case, and a teacher's read. */
    private Arranged arrange() {
        clock.set(LocalDate.of(2026, 5, 4).atTime(10, 0).atZone(OSLO).toInstant());
        Family family = families.childWithGuardian("helsesykepleier", LocalDate.of(2019, 3, 14), true);
        String other = families.addGuardian("helsesykepleier", family.childId(), true);
        SignedInUser nurse = employee("helsesykepleier");
        long school = organisation.units().stream().filter(u -> u.name().equals("Gimle skole")).findFirst()
                .orElseThrow().id();
        long otherId = jdbc.sql("select id from guardian where child_id = ? and identity_number = ?")
                .params(family.childId(), other).query(Long.class).single();
        consents.record(nurse, family.childId(), new ConsentForm("GUARDIANS",
                List.of(String.valueOf(family.guardianId()), String.valueOf(otherId)), "WRITTEN", "Jeg liker å lese", PURPOSE,
                List.of("BASIC", "RELAY_LOG", "EDUCATION"), List.of(String.valueOf(school), String.valueOf(nurse.unitId())),
                List.of(), "2026-05-01", "2026-12-31", "false").toCommand());
        long relayCase = cases.open(nurse, family.childId(), OpenCase.atLevel1(nurse.employeeId(), "Trives på skolen"));
        relayLog.addMeasure(nurse, relayCase, new AddMeasure("Lesegruppe to ganger i uka", Responsible.employee(nurse.employeeId()),
                LocalDate.parse("2026-05-04"), LocalDate.parse("2026-06-04")));
        clock.set(LocalDate.of(2026, 5, 6).atTime(14, 30).atZone(OSLO).toInstant());
        children.get(employee("laerer"), family.childId());
        return new Arranged(family, children.get(nurse, family.childId()).fullName(), other);
    }

    private byte[] download(Family family, String format) throws Exception {
        return mvc.perform(get("/familie/barn/{id}/innsyn." + format, family.childId())
                        .with(families.as(family.guardianNumber())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void the_page_offers_both_downloads_and_the_child_page_links_to_it() throws Exception {
        Family family = families.childWithGuardian("laerer", LocalDate.of(2017, 8, 1), true);

        String page = mvc.perform(get("/familie/barn/{id}/innsyn", family.childId()).with(families.as(family.guardianNumber())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String childPage = mvc.perform(get("/familie/barn/{id}", family.childId()).with(families.as(family.guardianNumber())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("/familie/barn/" + family.childId() + "/innsyn.pdf",
                "/familie/barn/" + family.childId() + "/innsyn.json", "Barneverntjenesten svarer selv på innsyn");
        assertThat(childPage).contains("/familie/barn/" + family.childId() + "/innsyn",
                "/familie/barn/" + family.childId() + "/hvem-har-sett");
    }

    @Test
    void the_pdf_holds_the_child_the_consent_the_relay_log_and_who_looked_and_passes_verapdf() throws Exception {
        Arranged arranged = arrange();

        byte[] pdf = mvc.perform(get("/familie/barn/{id}/innsyn.pdf", arranged.family().childId())
                        .with(families.as(arranged.family().guardianNumber())))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();

        String text = text(pdf);
        assertThat(text).contains(arranged.childName(), "14.03.2019", PURPOSE, "Gimle skole",
                "fra og med 01.05.2026 til og med 31.12.2026", "Trives på skolen", "Lesegruppe to ganger i uka",
                "En ansatt ved Gimle skole", "samtykke fra familien gitt 04.05.2026.",
                "ditt fødselsnummer " + arranged.family().guardianNumber(),
                "Barneverntjenesten svarer selv på innsyn");
        assertThat(text).doesNotContain(arranged.otherGuardianNumber());
        VeraPdf.assertPasses(pdf);
    }

    @Test
    void with_the_arabic_cookie_the_pdf_is_arabic_right_to_left_in_noto_sans_arabic_and_passes_verapdf() throws Exception {
        Arranged arranged = arrange();

        byte[] pdf = mvc.perform(get("/familie/barn/{id}/innsyn.pdf", arranged.family().childId())
                        .cookie(new Cookie("laget-sprak", "ar"))
                        .with(families.as(arranged.family().guardianNumber())))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ar");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("معلومات عن");
            List<String> fonts = new java.util.ArrayList<>();
            for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
            assertThat(fonts).anyMatch(name -> name.contains("NotoSansArabic"));
            String text = java.text.Normalizer.normalize(new PDFTextStripper().getText(document), java.text.Normalizer.Form.NFKC);
            // the joined glyphs read back as the words themselves; the child's data stays as typed
            assertThat(text).contains("الأساسية", "Gimle skole", "Lesegruppe to ganger i uka")
                    .doesNotContain("Grunnopplysninger");
        }
        assertThat(VeraPdf.failures(pdf)).isEmpty();
    }

    @Test
    void the_json_parses_and_holds_the_same_without_another_persons_number() throws Exception {
        Arranged arranged = arrange();

        byte[] json = download(arranged.family(), "json");

        JsonNode root = JsonMapper.builder().build().readTree(json);
        assertThat(root.get("format").asString()).isEqualTo("laget-innsyn");
        assertThat(root.get("version").asInt()).isEqualTo(2);
        assertThat(root.get("child").get("givenName").asString() + " " + root.get("child").get("familyName").asString())
                .isEqualTo(arranged.childName());
        assertThat(root.get("child").get("birthDate").asString()).isEqualTo("2019-03-14");
        assertThat(root.get("consents").get(0).get("purpose").asString()).isEqualTo(PURPOSE);
        assertThat(root.get("consents").get(0).get("validFrom").asString()).isEqualTo("2026-05-01");
        assertThat(root.get("relayCases").get(0).get("goals").get(0).asString()).isEqualTo("Trives på skolen");
        assertThat(root.get("guardians")).hasSize(2);
        assertThat(root.get("accessLog").valueStream()
                .anyMatch(e -> "CONSENT".equals(e.get("basis").asString())
                        && "Gimle skole".equals(e.get("service").asString())
                        && "2026-05-04".equals(e.get("consentGivenOn").asString()))).isTrue();
        assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8))
                .contains(arranged.family().guardianNumber())
                .doesNotContain(arranged.otherGuardianNumber());
    }

    @Test
    void the_download_is_logged_per_category_with_the_family_as_actor() throws Exception {
        Arranged arranged = arrange();

        download(arranged.family(), "pdf");

        long member = families.member(arranged.family().guardianNumber()).memberId();
        assertThat(jdbc.sql("""
                select category from access_log
                 where child_id = ? and object_type = 'family-innsyn-pdf' and username = ? and client = 'FAMILY'
                   and employee_id = 0 and outcome = 'ALLOWED' and basis = 'FAMILY' order by id""")
                .params(arranged.family().childId(), "familie:" + member).query(String.class).list())
                .containsExactly("BASIC", "RELAY_LOG");
    }

    @Test
    void a_young_persons_download_holds_no_guardians_number() throws Exception {
        clock.set(LocalDate.of(2026, 5, 4).atTime(10, 0).atZone(OSLO).toInstant());
        Family family = families.childWithGuardian("laerer", LocalDate.of(2009, 1, 20), true);

        String json = mvc.perform(get("/familie/barn/{id}/innsyn.json", family.childId())
                        .with(families.as(family.childNumber())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(json).contains(family.childNumber()).doesNotContain(family.guardianNumber());
    }

    @Test
    void another_familys_child_and_a_guardian_without_responsibility_get_the_answer_of_a_missing_child()
            throws Exception {
        Family ours = families.childWithGuardian("laerer", LocalDate.of(2017, 8, 1), true);
        Family theirs = families.childWithGuardian("laerer", LocalDate.of(2016, 2, 3), true);
        Family without = families.childWithGuardian("laerer", LocalDate.of(2016, 2, 3), false);

        for (String path : List.of("/innsyn", "/innsyn.pdf", "/innsyn.json")) {
            String other = mvc.perform(get("/familie/barn/{id}" + path, theirs.childId()).with(families.as(ours.guardianNumber())))
                    .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
            String missing = mvc.perform(get("/familie/barn/{id}" + path, Long.MAX_VALUE).with(families.as(ours.guardianNumber())))
                    .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
            assertThat(withoutToken(other)).as(path).isEqualTo(withoutToken(missing));
            mvc.perform(get("/familie/barn/{id}" + path, without.childId()).with(families.as(without.guardianNumber())))
                    .andExpect(status().isNotFound());
        }
        assertThat(jdbc.sql("select count(*) from access_log where child_id = ? and client = 'FAMILY' and outcome = 'ALLOWED'")
                .param(theirs.childId()).query(Long.class).single()).isZero();
    }

    @Test
    void when_child_welfare_has_care_the_guardian_is_told_to_ask_child_welfare_and_gets_no_download() throws Exception {
        Family family = families.childWithGuardian("laerer", LocalDate.of(2017, 8, 1), true);
        jdbc.sql("update child set child_welfare_has_care = true where id = ?").param(family.childId()).update();

        String page = mvc.perform(get("/familie/barn/{id}/innsyn", family.childId()).with(families.as(family.guardianNumber())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Barneverntjenesten har omsorgen").doesNotContain("innsyn.pdf");
        mvc.perform(get("/familie/barn/{id}/innsyn.pdf", family.childId()).with(families.as(family.guardianNumber())))
                .andExpect(status().isNotFound());
    }

    private static final String ASKED_OF_GUARDIANS = "Samarbeid med helsestasjonen om søvn";
    private static final String ASKED_OF_YOUNG_PERSON = "Ungdommens egne samtaler med helsesykepleier";

    /** The nurse asks; returns the request's id. */
    private long ask(long childId, String givenBy, String purpose) {
        SignedInUser nurse = employee("helsesykepleier");
        return consentRequests.request(nurse, childId, new ConsentRequestForm(givenBy, purpose, List.of("BASIC", "HEALTH"),
                List.of(String.valueOf(nurse.unitId())), List.of(), "2026-05-04", "2026-12-31").toCommand());
    }

    private void answer(long childId, String pid, long requestId, String answer, String comment) throws Exception {
        mvc.perform(post("/familie/barn/{c}/samtykker/foresporsler/{r}", childId, requestId)
                        .with(families.as(pid)).with(csrf()).param("answer", answer).param("comment", comment))
                .andExpect(status().is3xxRedirection());
    }

    /** A 17-year-old with one guardian: a request to the guardians (answered yes) and one to the young person (answered). */
    private Family withRequests() throws Exception {
        clock.set(LocalDate.of(2026, 5, 4).atTime(10, 0).atZone(OSLO).toInstant());
        Family family = families.childWithGuardian("helsesykepleier", LocalDate.of(2009, 1, 20), true);
        long guardians = ask(family.childId(), "GUARDIANS", ASKED_OF_GUARDIANS);
        long young = ask(family.childId(), "YOUNG_PERSON", ASKED_OF_YOUNG_PERSON);
        clock.set(LocalDate.of(2026, 5, 5).atTime(9, 15).atZone(OSLO).toInstant());
        answer(family.childId(), family.guardianNumber(), guardians, "ALL", "Fint for oss");
        answer(family.childId(), family.childNumber(), young, "ALL", "Bare helsesykepleier");
        clock.set(LocalDate.of(2026, 5, 6).atTime(12, 0).atZone(OSLO).toInstant());
        return family;
    }

    @Test
    void consent_requests_are_in_the_json_with_who_answered_what_and_when_and_the_young_persons_own_stay_out_of_the_guardians()
            throws Exception {
        Family family = withRequests();

        byte[] guardianJson = download(family, "json");
        String youngJson = mvc.perform(get("/familie/barn/{id}/innsyn.json", family.childId())
                        .with(families.as(family.childNumber())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        JsonNode root = JsonMapper.builder().build().readTree(guardianJson);
        assertThat(root.get("consentRequests")).hasSize(1);
        JsonNode request = root.get("consentRequests").get(0);
        assertThat(request.get("purpose").asString()).isEqualTo(ASKED_OF_GUARDIANS);
        assertThat(request.get("service").asString()).isNotBlank();
        assertThat(request.get("askedOf").asString()).isEqualTo("GUARDIANS");
        assertThat(request.get("askedAt").asString()).startsWith("2026-05-04T10:00").endsWith("+02:00");
        assertThat(request.get("state").asString()).isEqualTo("GIVEN");
        assertThat(request.get("decidedAt").asString()).startsWith("2026-05-05T09:15").endsWith("+02:00");
        assertThat(request.get("asked")).hasSize(2);
        JsonNode answer = request.get("answers").get(0);
        assertThat(answer.get("answer").asString()).isEqualTo("ALL");
        assertThat(answer.get("answeredAt").asString()).startsWith("2026-05-05T09:15").endsWith("+02:00");
        assertThat(answer.get("comment").asString()).isEqualTo("Fint for oss");
        assertThat(answer.get("granted")).hasSize(2);
        // every field is present, even when empty
        assertThat(request.has("consentId")).isTrue();
        assertThat(new String(guardianJson, java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain(ASKED_OF_YOUNG_PERSON).doesNotContain("Bare helsesykepleier");
        // the young person sees both, their own consent too, but not the guardian's comment
        assertThat(youngJson).contains(ASKED_OF_YOUNG_PERSON, ASKED_OF_GUARDIANS, "Bare helsesykepleier")
                .doesNotContain("Fint for oss");
        assertThat(JsonMapper.builder().build().readTree(youngJson).get("consents").valueStream()
                .anyMatch(c -> ASKED_OF_YOUNG_PERSON.equals(c.get("purpose").asString()))).isTrue();
    }

    @Test
    void a_waiting_request_has_every_field_with_nulls_and_the_state_waiting() throws Exception {
        clock.set(LocalDate.of(2026, 5, 4).atTime(10, 0).atZone(OSLO).toInstant());
        Family family = families.childWithGuardian("helsesykepleier", LocalDate.of(2018, 6, 2), true);
        ask(family.childId(), "GUARDIANS", ASKED_OF_GUARDIANS);

        JsonNode request = JsonMapper.builder().build().readTree(download(family, "json")).get("consentRequests").get(0);

        assertThat(request.get("state").asString()).isEqualTo("WAITING");
        assertThat(request.get("decidedAt").isNull()).isTrue();
        assertThat(request.get("consentId").isNull()).isTrue();
        JsonNode answer = request.get("answers").get(0);
        assertThat(answer.get("answer").isNull()).isTrue();
        assertThat(answer.get("answeredAt").isNull()).isTrue();
        assertThat(answer.get("comment").isNull()).isTrue();
        assertThat(answer.get("granted")).isEmpty();
        // the day after the period ends nobody decided it
        clock.set(LocalDate.of(2027, 1, 1).atTime(0, 5).atZone(OSLO).toInstant());
        assertThat(JsonMapper.builder().build().readTree(download(family, "json")).get("consentRequests").get(0)
                .get("state").asString()).isEqualTo("PERIOD_ENDED");
        clock.set(LocalDate.of(2026, 12, 31).atTime(23, 55).atZone(OSLO).toInstant());
        assertThat(JsonMapper.builder().build().readTree(download(family, "json")).get("consentRequests").get(0)
                .get("state").asString()).isEqualTo("WAITING");
    }

    @Test
    void the_pdf_names_the_guardians_requests_and_answers_but_not_the_young_persons_own_and_passes_verapdf()
            throws Exception {
        Family family = withRequests();

        byte[] pdf = download(family, "pdf");

        String text = text(pdf);
        assertThat(text).contains("Forespørsler om samtykke", "Forespørsel om samtykke: " + ASKED_OF_GUARDIANS,
                "svarte ja til alt 05.05.2026 kl. 09:15", "Din kommentar: Fint for oss",
                "Ble til et samtykke 05.05.2026 kl. 09:15");
        assertThat(text).doesNotContain(ASKED_OF_YOUNG_PERSON).doesNotContain("Bare helsesykepleier");
        assertThat(VeraPdf.failures(pdf)).isEmpty();
    }

    @Test
    void the_page_lists_the_consent_requests_the_concerns_and_the_plans() throws Exception {
        Family family = families.childWithGuardian("laerer", LocalDate.of(2017, 8, 1), true);

        mvc.perform(get("/familie/barn/{id}/innsyn", family.childId()).with(families.as(family.guardianNumber())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.stringContainsInOrder(
                        "Forespørsler om samtykke fra tjenestene, og hvem som har svart hva og når",
                        "Undringer fra tjenestene (nivå 0)", "Stafettloggen",
                        "Individuelle planer og familiens egne ord i stafettloggen")));
    }

    @Test
    void the_download_reads_in_a_constant_number_of_statements_however_many_rows() throws Exception {
        clock.set(LocalDate.of(2026, 5, 4).atTime(10, 0).atZone(OSLO).toInstant());
        Family few = families.childWithGuardian("helsesykepleier", LocalDate.of(2018, 2, 2), true);
        ask(few.childId(), "GUARDIANS", ASKED_OF_GUARDIANS);
        Family many = families.childWithGuardian("helsesykepleier", LocalDate.of(2018, 3, 3), true);
        families.addGuardian("helsesykepleier", many.childId(), true);
        for (int i = 0; i < 4; i++) {
            long id = ask(many.childId(), "GUARDIANS", ASKED_OF_GUARDIANS + " " + i);
            if (i % 2 == 0) {
                answer(many.childId(), many.guardianNumber(), id, i == 0 ? "REFUSE" : "ALL", "Svar " + i);
            }
        }
        concernsOf(many.childId());
        SignedInUser nurse = employee("helsesykepleier");
        consents.record(nurse, many.childId(), new ConsentForm("GUARDIANS", jdbc.sql("select id::text from guardian where child_id = ?")
                        .param(many.childId()).query(String.class).list(),
                "WRITTEN", null, PURPOSE, List.of("BASIC", "RELAY_LOG"), List.of(String.valueOf(nurse.unitId())),
                List.of(), "2026-05-01", "2026-12-31", "false").toCommand());
        long relayCase = cases.open(nurse, many.childId(), OpenCase.atLevel1(nurse.employeeId(), "Trives på skolen"));
        relayLog.addMeasure(nurse, relayCase, new AddMeasure("Lesegruppe", Responsible.employee(nurse.employeeId()),
                LocalDate.parse("2026-05-04"), LocalDate.parse("2026-06-04")));
        transitions.savePlan(nurse, relayCase, CaseCommands.plan("Mål", LocalDate.parse("2026-05-04"),
                LocalDate.parse("2026-12-31"), LocalDate.parse("2026-09-01")));
        download(few, "json"); // warm-up: the first sign-in of a member writes its row

        download(many, "json");
        sql.reset();
        download(few, "json");
        int forFew = sql.count();
        sql.reset();
        download(many, "json");
        int forMany = sql.count();

        assertThat(forMany).isEqualTo(forFew);
    }

    private static final String SHOWN_CONCERN = "Sovner i samlingsstunden og virker trøtt";
    private static final String HARM_CONCERN = "Blåmerker på begge overarmene";
    private static final String REPORTED_CONCERN = "Forteller om mye krangling hjemme";

    /** Three level-0 concerns of the nurse: one the family reads, one of suspected harm, one decided as a report. */
    private long concernsOf(long childId) {
        SignedInUser nurse = employee("helsesykepleier");
        long shown = concerns.write(nurse, childId, new WriteConcern(LocalDate.parse("2026-05-02"), SHOWN_CONCERN, false));
        concerns.recordStep(nurse, shown, new RecordStep(ConcernStep.SHARED, LocalDate.parse("2026-05-03"), "Drøftet med lederen"));
        int version = concerns.recordStep(nurse, shown,
                new RecordStep(ConcernStep.TALKED_WITH_PARENTS, LocalDate.parse("2026-05-04"), "Mor forteller om nye leggetider")).version();
        concerns.decide(nurse, shown, new DecideConcern(ConcernDecision.CLOSE, "Bedre etter samtalen", version));
        concerns.write(nurse, childId, new WriteConcern(LocalDate.parse("2026-05-03"), HARM_CONCERN, true));
        long reported = concerns.write(nurse, childId, new WriteConcern(LocalDate.parse("2026-05-03"), REPORTED_CONCERN, false));
        concerns.decide(nurse, reported, new DecideConcern(ConcernDecision.REPORT, "Meldes", 0));
        return shown;
    }

    @Test
    void level_0_concerns_are_in_json_and_pdf_but_not_those_of_suspected_harm_or_decided_as_a_report() throws Exception {
        Arranged arranged = arrange();
        concernsOf(arranged.family().childId());

        byte[] json = download(arranged.family(), "json");
        byte[] pdf = download(arranged.family(), "pdf");

        JsonNode found = JsonMapper.builder().build().readTree(json).get("concerns");
        assertThat(found).hasSize(1);
        JsonNode concern = found.get(0);
        assertThat(concern.get("whatSeen").asString()).isEqualTo(SHOWN_CONCERN);
        assertThat(concern.get("observedOn").asString()).isEqualTo("2026-05-02");
        assertThat(concern.get("decision").asString()).isEqualTo("CLOSE");
        assertThat(concern.get("decisionNote").asString()).isEqualTo("Bedre etter samtalen");
        assertThat(concern.get("steps").valueStream().map(st -> st.get("step").asString()).toList())
                .containsExactly("SHARED", "TALKED_WITH_PARENTS");
        assertThat(concern.get("steps").get(1).get("note").asString()).isEqualTo("Mor forteller om nye leggetider");
        assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain(HARM_CONCERN).doesNotContain(REPORTED_CONCERN).doesNotContain("Meldes");
        String text = text(pdf);
        assertThat(text).contains("Undringer (nivå 0)", SHOWN_CONCERN, "04.05.2026: snakket med foreldrene (undringssamtale)",
                "avsluttet uten videre tiltak", "Begrunnelse: Bedre etter samtalen");
        assertThat(text).doesNotContain(HARM_CONCERN).doesNotContain(REPORTED_CONCERN);
        assertThat(VeraPdf.failures(pdf)).isEmpty();
    }

    @Test
    void the_individual_plan_and_the_familys_own_words_are_in_each_case_of_json_and_pdf() throws Exception {
        Arranged arranged = arrange();
        long caseId = jdbc.sql("select id from relay_case where child_id = ?").param(arranged.family().childId())
                .query(Long.class).single();
        transitions.savePlan(employee("helsesykepleier"), caseId, new SavePlan("Lese mer hjemme og på skolen",
                "Helsestasjonen og skolen", "Helsesykepleier", "Foreldrene leser hver kveld", "Lesegruppe",
                "Ukentlig", LocalDate.parse("2026-05-06"), LocalDate.parse("2026-12-31"), LocalDate.parse("2026-09-01"),
                "Samtykket fra mai", "Med PPT ved behov", null));
        mvc.perform(post("/familie/barn/{c}/stafettlogg/{id}/egne-ord", arranged.family().childId(), caseId)
                        .with(families.as(arranged.family().guardianNumber())).with(csrf())
                        .param("text", "Vi vil gjerne ha lesegruppe også i sommer"))
                .andExpect(status().is3xxRedirection());

        JsonNode relayCase = JsonMapper.builder().build().readTree(download(arranged.family(), "json"))
                .get("relayCases").get(0);
        String text = text(download(arranged.family(), "pdf"));

        assertThat(relayCase.get("individualPlan").get("goalsNeeds").asString()).isEqualTo("Lese mer hjemme og på skolen");
        assertThat(relayCase.get("individualPlan").get("reviseOn").asString()).isEqualTo("2026-09-01");
        assertThat(relayCase.get("familyWords").get(0).get("writtenAs").asString()).isEqualTo("GUARDIAN");
        assertThat(relayCase.get("familyWords").get(0).get("text").asString())
                .isEqualTo("Vi vil gjerne ha lesegruppe også i sommer");
        assertThat(text).contains("Individuell plan", "Lese mer hjemme og på skolen", "Med PPT ved behov",
                "skrevet av en foresatt: Vi vil gjerne ha lesegruppe også i sommer");
    }

    @Test
    void a_case_without_a_plan_has_the_plan_null_and_every_case_field_present() throws Exception {
        Arranged arranged = arrange();

        JsonNode relayCase = JsonMapper.builder().build().readTree(download(arranged.family(), "json"))
                .get("relayCases").get(0);

        assertThat(relayCase.has("individualPlan")).isTrue();
        assertThat(relayCase.get("individualPlan").isNull()).isTrue();
        assertThat(relayCase.get("familyWords")).isEmpty();
        assertThat(text(download(arranged.family(), "pdf"))).contains("Saken har ingen individuell plan.");
    }

    /** The CSRF token differs from request to request; nothing else may. */}
