package no.laget.casework;

import no.laget.casework.internal.Handovers;
import no.laget.casework.internal.Meetings;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import no.laget.casework.internal.CaseForms;
import no.laget.casework.internal.MeetingMail;
import no.laget.child.Children;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.InvalidInputException;
import no.laget.support.LagetTest;
import no.laget.support.CaseworkFixtures;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static no.laget.support.Accounts.as;
import static no.laget.support.PageContent.bodyContains;
import static no.laget.support.Problems.assertRefused;
import static no.laget.support.Problems.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Meetings with people (issue 16): the picker finds only those the child's consent involves, with and without
 * JavaScript; employees and family members take part; moving and cancelling send iCalendar updates.
 */
@LagetTest
class MeetingPeopleTest {

    @Autowired Meetings meetings;
    @Autowired Cases cases;
    @Autowired Handovers handovers;
    @Autowired Children children;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired MeetingMail mail;

    @Autowired CaseworkFixtures fixtures;
    String token;
    long child;
    long caseId;
    SignedInUser ansatt;
    long inside;
    long insideOtherUnit;
    long outside;

    @BeforeEach
    void setUp() {
        token = token();
        // the consent covers the kindergarten (ansatt) and the health station (helsesykepleier), not NAV
        child = fixtures.childWithRelayConsent("ansatt", "helsesykepleier");
        caseId = fixtures.caseFor(child);
        ansatt = fixtures.user("ansatt");
        inside = employee(ansatt.unitId(), "Sølvi " + token + "sen");
        insideOtherUnit = employee(fixtures.user("helsesykepleier").unitId(), "Stian " + token + "vik");
        outside = employee(fixtures.user("nav").unitId(), "Sigurd " + token + "rud");
    }

    static String token() {
        StringBuilder word = new StringBuilder("Zq");
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private long employee(long unitId, String name) {
        long id = jdbc.sql("""
                insert into employee (username, display_name, email, unit_id, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params("m" + token().toLowerCase(), name, "m" + token().toLowerCase() + "@demo.laget.no", unitId,
                        OffsetDateTime.now(), OffsetDateTime.now())
                .query(Long.class).single();
        jdbc.sql("insert into employee_role (employee_id, role) values (?, 'EMPLOYEE')").param(id).update();
        return id;
    }

    private CaseForms.Meeting form(List<String> participants, String... family) {
        String[] f = new String[6];
        for (int i = 0; i < 6; i++) {
            f[i] = i < family.length ? family[i] : "";
        }
        return new CaseForms.Meeting(fixtures.today().plusDays(3).toString(), "09:00", "10:00", "Møterommet", "",
                "Oppstart", List.of(), participants, f[0], f[1], f[2], f[3], f[4], f[5]);
    }

    private RelayCase.Meeting meeting(long id) {
        return cases.get(ansatt, caseId).meetings().stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    private static VEvent event(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult result = calendar.validate();
        assertThat(result.hasErrors()).as(result.toString()).isFalse();
        return calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
    }

    private static Calendar calendar(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    // ---------------------------------------------------------------- the service

    @Test
    void the_candidates_are_the_people_and_units_the_consent_covers_only() {
        List<String> found = meetings.candidates(ansatt, caseId, token).stream().map(m -> m.value()).toList();

        assertThat(found).containsExactlyInAnyOrder("employee:" + inside, "employee:" + insideOtherUnit);
        assertThat(meetings.candidates(ansatt, caseId, "NAV")).isEmpty();
        assertThat(meetings.candidates(ansatt, caseId, "helsestasjonen")).extracting(m -> m.value())
                .containsExactly("unit:" + fixtures.user("helsesykepleier").unitId());
    }

    @Test
    void a_person_and_the_family_take_part_and_the_person_is_invited_by_email() {
        long id = meetings.plan(ansatt, caseId, form(List.of("employee:" + inside, "unit:" + ansatt.unitId()),
                "Kari Nordmann", "Mor", "", "", "Ola", "Eleven").toCommand());

        RelayCase.Meeting meeting = meeting(id);
        assertThat(meeting.participants()).extracting(RelayCase.MeetingParticipant::label)
                .containsExactlyInAnyOrder("Sølvi " + token + "sen, Brekkerød barnehage", "Brekkerød barnehage");
        assertThat(meeting.family()).extracting(f -> f.name() + "/" + f.role())
                .containsExactly("Kari Nordmann/Mor", "Ola/Eleven");
        assertThat(meeting.invitedEmployees()).containsExactly(inside);
        assertThat(jdbc.sql("select employee_id || ':' || sequence || ':' || method from case_meeting_mail where meeting_id = ?")
                .param(id).query(String.class).list()).containsExactly(inside + ":0:REQUEST");
    }

    @Test
    void a_person_outside_the_consent_is_refused_and_so_is_a_made_up_value() {
        assertRefused(() -> meetings.plan(ansatt, caseId, form(List.of("employee:" + outside)).toCommand()),
                "participants:meeting.participants.person.no-consent");
        assertRefused(() -> meetings.plan(ansatt, caseId, form(List.of("person:1")).toCommand()),
                "participants:meeting.participants.unknown");
        assertRefused(() -> meetings.plan(ansatt, caseId, form(List.of("employee:999999999")).toCommand()),
                "participants:meeting.participants.unknown");
        assertRefused(() -> meetings.plan(ansatt, caseId, form(List.of("unit:" + fixtures.user("nav").unitId())).toCommand()),
                "participants:meeting.participants.no-consent");
    }

    @Test
    void a_family_member_needs_both_name_and_role_within_their_lengths() {
        assertRefused(() -> meetings.plan(ansatt, caseId, form(List.of("employee:" + inside),
                "", "Mor", "Per", "", "x".repeat(121), "y".repeat(61)).toCommand()),
                "familyName0:meeting.family.name.required",
                        "familyRole1:meeting.family.role.required", "familyName2:meeting.family.name.too-long",
                        "familyRole2:meeting.family.role.too-long");
        assertThatThrownBy(() -> meetings.plan(ansatt, caseId, form(List.of(), "Kari", "Mor").toCommand()))
                .as("the family alone is no meeting of the services")
                .satisfies(e -> assertThat(problems(e)).containsExactly("participants:meeting.participants.required"));
    }

    @Test
    void moving_raises_the_sequence_keeps_the_uid_and_sends_a_request_update() throws Exception {
        long id = meetings.plan(ansatt, caseId, form(List.of("employee:" + inside)).toCommand());
        String before = meetings.invitation(ansatt, caseId, id, "https://laget.example.no");
        String day = fixtures.today().plusDays(10).toString();

        meetings.move(ansatt, caseId, id, new CaseForms.MeetingMove(day, "13:00", "14:00", "Rom 2", "", "0").toCommand());

        String after = meetings.invitation(ansatt, caseId, id, "https://laget.example.no");
        VEvent old = event(before);
        VEvent moved = event(after);
        assertThat(moved.getUid().orElseThrow().getValue()).isEqualTo(old.getUid().orElseThrow().getValue());
        assertThat(old.getSequence().getSequenceNo()).isZero();
        assertThat(moved.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(calendar(after).getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(after).contains("DTSTART;TZID=Europe/Oslo:" + day.replace("-", "") + "T130000", "LOCATION:Rom 2",
                "ORGANIZER;CN=Laget:mailto:");
        assertThat(jdbc.sql("select sequence || ':' || method from case_meeting_mail where meeting_id = ? order by sequence")
                .param(id).query(String.class).list()).containsExactly("0:REQUEST", "1:REQUEST");
        assertRefused(() -> meetings.move(ansatt, caseId, id, new CaseForms.MeetingMove(day, "13:00", "14:00",
                "Rom 2", "", "0").toCommand()),"version:casework.stale");
        assertRefused(() -> meetings.move(ansatt, caseId, id, new CaseForms.MeetingMove("31.02.2031", "14:00",
                "13:00", "", "", "1").toCommand()),
                "meetingDate:meeting.date.malformed", "endTime:meeting.endTime.before-start", "place:meeting.place.required");
    }

    @Test
    void cancelling_sends_a_cancel_with_status_cancelled_and_a_higher_sequence() throws Exception {
        long id = meetings.plan(ansatt, caseId, form(List.of("employee:" + inside, "employee:" + insideOtherUnit)).toCommand());

        meetings.cancel(ansatt, caseId, id, 0);

        String ics = meetings.invitation(ansatt, caseId, id, "https://laget.example.no");
        Calendar calendar = calendar(ics);
        VEvent event = event(ics);
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(event.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("laget-meeting-" + id + "@laget");
        assertThat(jdbc.sql("select count(*) from case_meeting_mail where meeting_id = ? and sequence = 1 and method = 'CANCEL'")
                .param(id).query(Integer.class).single()).isEqualTo(2);
        assertRefused(() -> meetings.cancel(ansatt, caseId, id, 1),
                "meeting:meeting.cancelled");
        assertRefused(() -> meetings.move(ansatt, caseId, id, new CaseForms.MeetingMove(
                fixtures.today().plusDays(4).toString(), "09:00", "10:00", "Rom", "", "1").toCommand()),
                "meetingDate:meeting.cancelled");
        assertRefused(() -> meetings.writeMinutes(ansatt, caseId, id, CaseForms.Minutes.of("Referat", "Barnet", "1").toCommand()),
                "minutes:meeting.cancelled");
    }

    @Test
    void another_unit_cannot_move_or_cancel() {
        long id = meetings.plan(ansatt, caseId, form(List.of("employee:" + inside)).toCommand());
        SignedInUser nav = fixtures.user("nav");

        assertThatThrownBy(() -> meetings.cancel(nav, caseId, id, 0)).isNotInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> meetings.candidates(nav, caseId, token)).isNotInstanceOf(InvalidInputException.class);
        assertThat(meeting(id).cancelled()).isFalse();
    }

    @Test
    void the_emails_carry_the_calendar_entry_and_no_personal_data() throws Exception {
        String childName = children.get(ansatt, child).familyName();
        long id = meetings.plan(ansatt, caseId, form(List.of("employee:" + inside), "Kari " + childName, "Mor").toCommand());
        meetings.move(ansatt, caseId, id, new CaseForms.MeetingMove(fixtures.today().plusDays(5).toString(), "09:00",
                "10:00", "Rom 3", "", "0").toCommand());
        RecordingSender sender = new RecordingSender();

        mail.sendWaiting(sender);

        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage message : sender.sent) {
            if (message.getAllRecipients()[0].toString().equals(recipient(inside))) {
                mine.add(message);
            }
        }
        assertThat(mine).as("the first invitation is superseded by the update, which says it all").hasSize(1);
        assertThat(mine.getFirst().getSubject()).isEqualTo("Et møte i Laget er flyttet");
        for (MimeMessage message : mine) {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            String text = raw.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).doesNotContain(childName).doesNotContain("Oppstart").doesNotContain("Kari")
                    .contains("text/calendar", "method=REQUEST", "/cases/" + caseId);
            String ics = calendarPart((Multipart) message.getContent());
            assertThat(event(ics).getUid().orElseThrow().getValue()).isEqualTo("laget-meeting-" + id + "@laget");
            assertThat(ics).contains("ATTENDEE", recipient(inside), "SEQUENCE:1", "METHOD:REQUEST");
        }
        assertThat(jdbc.sql("select sequence || ':' || status from case_meeting_mail where meeting_id = ? order by sequence")
                .param(id).query(String.class).list()).containsExactly("0:SUPERSEDED", "1:SENT");
        assertThat(mail.sendWaiting(new RecordingSender())).as("nothing is sent twice").isZero();
    }

    @Test
    void an_invitation_that_was_not_moved_goes_out_as_the_first_request() throws Exception {
        long id = meetings.plan(ansatt, caseId, form(List.of("employee:" + inside)).toCommand());
        RecordingSender sender = new RecordingSender();

        mail.sendWaiting(sender);

        MimeMessage message = sender.sent.stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(recipient(inside));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertThat(message.getSubject()).isEqualTo("Du er invitert til et møte i Laget");
        message.saveChanges(); // what sending does: the parts get their headers
        assertThat(calendarPart((Multipart) message.getContent())).contains("SEQUENCE:0", "METHOD:REQUEST",
                "laget-meeting-" + id + "@laget");
    }

    private String recipient(long employeeId) {
        return jdbc.sql("select email from employee where id = ?").param(employeeId).query(String.class).single();
    }

    private static String calendarPart(Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType("text/calendar")) {
                return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            if (part.getContent() instanceof Multipart nested) {
                String found = calendarPart(nested);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static final class RecordingSender extends JavaMailSenderImpl {

        final List<MimeMessage> sent = new ArrayList<>();

        @Override
        public synchronized void send(MimeMessage... messages) {
            sent.addAll(List.of(messages));
        }
    }

    // ---------------------------------------------------------------- the pages

    @Test
    void without_javascript_the_search_shows_only_allowed_people_and_keeps_what_was_typed() throws Exception {
        mvc.perform(post("/cases/" + caseId + "/meetings").with(as(accounts, "ansatt")).with(csrf())
                        .param("meetingDate", "24.12.2031").param("startTime", "08:15").param("endTime", "09:00")
                        .param("place", "Lillerommet").param("videoLink", "").param("agenda", "Overgang til skolen")
                        .param("participants", "unit:" + ansatt.unitId())
                        .param("familyName0", "Kari Nordmann").param("familyRole0", "Mor")
                        .param("q", token).param("search", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("value=\"employee:" + inside + "\""),
                        containsString("value=\"employee:" + insideOtherUnit + "\""),
                        not(containsString("employee:" + outside)), not(containsString(token + "rud")),
                        containsString("value=\"24.12.2031\""), containsString("value=\"08:15\""),
                        containsString("value=\"Lillerommet\""), containsString(">Overgang til skolen</textarea>"),
                        containsString("value=\"Kari Nordmann\""), containsString("value=\"Mor\""),
                        containsString("value=\"" + token + "\""), containsString("2 treff"),
                        containsString("value=\"unit:" + ansatt.unitId() + "\" id=\"participants-unit-" + ansatt.unitId() + "\" checked"))));
        assertThat(jdbc.sql("select count(*) from case_meeting where case_id = ?").param(caseId).query(Integer.class).single())
                .as("a search saves nothing").isZero();
    }

    @Test
    void a_plain_get_with_q_searches_and_the_choice_is_saved_with_the_person() throws Exception {
        mvc.perform(get("/cases/" + caseId + "/meetings/new").param("q", token.toUpperCase()).with(as(accounts, "ansatt")))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andExpect(content().string(allOf(containsString("<title>Planlegg møte"),
                        containsString("Sølvi " + token + "sen, Brekkerød barnehage"),
                        not(containsString(token + "rud")))));

        mvc.perform(post("/cases/" + caseId + "/meetings").with(as(accounts, "ansatt")).with(csrf())
                        .param("meetingDate", fixtures.today().plusDays(2).toString()).param("startTime", "09:00")
                        .param("endTime", "10:00").param("place", "Rom").param("agenda", "Oppstart")
                        .param("participants", "employee:" + inside).param("q", token)
                        .param("familyName0", "Ola").param("familyRole0", "Eleven"))
                .andExpect(redirectedUrl("/cases/" + caseId));

        mvc.perform(get("/cases/" + caseId).with(as(accounts, "ansatt")))
                .andExpect(bodyContains("Sølvi " + token + "sen, Brekkerød barnehage",
                        "Ola (Eleven)", "Flytt møtet", "Avlys møtet"));
    }

    @Test
    void with_htmx_only_the_results_come_back_with_the_count_out_of_band() throws Exception {
        MvcResult result = mvc.perform(get("/cases/" + caseId + "/meetings/new").header("HX-Request", "true")
                        .param("q", token).param("participants", "employee:" + insideOtherUnit)
                        .with(as(accounts, "ansatt")))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andReturn();
        String html = result.getResponse().getContentAsString();

        assertThat(html).doesNotContain("<html").doesNotContain("<form").doesNotContain(token + "rud")
                .contains("id=\"participants-results\"", "value=\"employee:" + inside + "\"",
                        "value=\"employee:" + insideOtherUnit + "\" id=\"participants-employee-" + insideOtherUnit + "\" checked",
                        "hx-swap-oob=\"true\"", "1 treff");
        mvc.perform(get("/cases/" + caseId + "/meetings/new").header("HX-Request", "true").param("q", "a")
                        .with(as(accounts, "ansatt")))
                .andExpect(content().string(containsString("Skriv minst to bokstaver")));
        mvc.perform(get("/cases/" + caseId + "/meetings/new").header("HX-Request", "true").param("q", token)
                        .with(as(accounts, "nav")))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_person_outside_the_consent_is_refused_on_submit_next_to_the_field_with_everything_kept() throws Exception {
        mvc.perform(post("/cases/" + caseId + "/meetings").with(as(accounts, "ansatt")).with(csrf())
                        .param("meetingDate", fixtures.today().plusDays(2).toString()).param("startTime", "09:00")
                        .param("endTime", "10:00").param("place", "Rom").param("agenda", "Oppstart")
                        .param("participants", "employee:" + outside))
                .andExpect(status().isOk())
                .andExpect(bodyContains("<title>Feil: ",
                        "id=\"participants-error\">Familien har ikke samtykket til at tjenesten der en av personene",
                        "href=\"#participants\"",
                        "value=\"employee:" + outside + "\" id=\"participants-employee-" + outside + "\" checked",
                        ">Oppstart</textarea>"));
        assertThat(jdbc.sql("select count(*) from case_meeting where case_id = ?").param(caseId).query(Integer.class).single())
                .isZero();
    }

    @Test
    void bad_family_input_is_a_message_at_the_field_and_a_nul_byte_is_removed_and_said() throws Exception {
        mvc.perform(post("/cases/" + caseId + "/meetings").with(as(accounts, "ansatt")).with(csrf())
                        .param("meetingDate", fixtures.today().plusDays(2).toString()).param("startTime", "09:00")
                        .param("endTime", "10:00").param("place", "Rom").param("agenda", "Oppstart")
                        .param("participants", "employee:" + inside)
                        .param("familyName0", "").param("familyRole0", "Far")
                        .param("familyName1", "Ka\u0000ri").param("familyRole1", "Mor"))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "id=\"familyName1-error\">Teksten hadde tegn som ikke kan lagres",
                        "value=\"Kari\"", "value=\"Far\"",
                        "value=\"employee:" + inside + "\""));
        mvc.perform(post("/cases/" + caseId + "/meetings").with(as(accounts, "ansatt")).with(csrf())
                        .param("meetingDate", fixtures.today().plusDays(2).toString()).param("startTime", "09:00")
                        .param("endTime", "10:00").param("place", "Rom").param("agenda", "Oppstart")
                        .param("participants", "employee:" + inside)
                        .param("familyName0", "   ").param("familyRole0", "Far"))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "id=\"familyName0-error\">Skriv inn navnet på familiemedlemmet</p>",
                        "aria-describedby=\"familyName0-error\""));
        mvc.perform(get("/cases/" + caseId + "/meetings/new").param("q", "a\u0000b").with(as(accounts, "ansatt")))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from case_meeting where case_id = ?").param(caseId).query(Integer.class).single())
                .isZero();
    }

    @Test
    void the_move_and_cancel_pages_work_and_a_stale_move_keeps_what_was_typed() throws Exception {
        long id = meetings.plan(ansatt, caseId, form(List.of("employee:" + inside)).toCommand());

        mvc.perform(get("/cases/" + caseId + "/meetings/" + id + "/move").with(as(accounts, "ansatt")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<title>Flytt møtet")));
        mvc.perform(post("/cases/" + caseId + "/meetings/" + id + "/move").with(as(accounts, "ansatt")).with(csrf())
                        .param("meetingDate", fixtures.today().plusDays(9).toString()).param("startTime", "11:00")
                        .param("endTime", "12:00").param("place", "Rom 9").param("videoLink", "").param("version", "0"))
                .andExpect(redirectedUrl("/cases/" + caseId));
        mvc.perform(post("/cases/" + caseId + "/meetings/" + id + "/move").with(as(accounts, "ansatt")).with(csrf())
                        .param("meetingDate", fixtures.today().plusDays(9).toString()).param("startTime", "11:30")
                        .param("endTime", "12:00").param("place", "Rom 10").param("videoLink", "").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(bodyContains("Noen andre har endret", "value=\"Rom 10\""));
        mvc.perform(post("/cases/" + caseId + "/meetings/" + id + "/cancel").with(as(accounts, "ansatt")).with(csrf())
                        .param("version", "1"))
                .andExpect(redirectedUrl("/cases/" + caseId));
        mvc.perform(post("/cases/" + caseId + "/meetings/" + id + "/cancel").with(as(accounts, "ansatt")).with(csrf())
                        .param("version", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"meeting\" class=\"ds-validation-message\" data-color=\"danger\">Møtet er avlyst")));
        assertThat(meeting(id).sequence()).isEqualTo(2);
    }

    // ---------------------------------------------------------------- the hand-over picker

    @Test
    void the_hand_over_search_finds_only_colleagues_the_consent_covers_and_keeps_the_reason() throws Exception {
        mvc.perform(post("/cases/" + caseId + "/handover").with(as(accounts, "ansatt")).with(csrf())
                        .param("q", token).param("search", "1").param("handoverReason", "Går over til helsestasjonen"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("type=\"radio\" name=\"employeeId\" value=\"employee:" + inside + "\""),
                        containsString("value=\"employee:" + insideOtherUnit + "\""),
                        not(containsString("employee:" + outside)), containsString(">Går over til helsestasjonen</textarea>"))));
        assertThat(cases.get(ansatt, caseId).pendingHandover()).as("a search offers nothing").isEmpty();
        String fragment = mvc.perform(get("/cases/" + caseId + "/handover/people").header("HX-Request", "true")
                        .param("q", token).param("employeeId", "employee:" + inside).with(as(accounts, "ansatt")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html").doesNotContain(token + "rud")
                .contains("id=\"employeeId-results\"", "value=\"employee:" + inside + "\" id=\"employeeId-employee-" + inside + "\" checked",
                        "value=\"employee:" + insideOtherUnit + "\"", "1 treff");
        assertThat(handovers.candidates(ansatt, caseId, "Ingrid")).as("never the holder")
                .noneMatch(m -> m.id() == ansatt.employeeId());
    }

    @Test
    void a_hand_over_to_someone_outside_the_consent_is_refused_next_to_the_picker_and_inside_it_is_offered() throws Exception {
        mvc.perform(post("/cases/" + caseId + "/handover").with(as(accounts, "ansatt")).with(csrf())
                        .param("employeeId", "employee:" + outside).param("handoverReason", "Bytter jobb"))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "id=\"employeeId-error\">Familien har ikke samtykket til at tjenesten til denne kollegaen",
                        "value=\"employee:" + outside + "\" id=\"employeeId-employee-" + outside + "\" checked",
                        ">Bytter jobb</textarea>"));

        mvc.perform(no.laget.support.BestInterestNotesFixture.withNote(post("/cases/" + caseId + "/handover"), "handoverInterest")
                        .with(as(accounts, "ansatt")).with(csrf())
                        .param("employeeId", "employee:" + insideOtherUnit).param("handoverReason", ""))
                .andExpect(redirectedUrl("/cases/" + caseId));
        assertThat(cases.get(ansatt, caseId).pendingHandover().orElseThrow().toEmployeeId()).isEqualTo(insideOtherUnit);
    }
}
