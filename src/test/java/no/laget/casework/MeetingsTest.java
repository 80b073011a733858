package no.laget.casework;

import no.laget.casework.internal.Meetings;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import no.laget.casework.internal.CaseForms;
import no.laget.child.Children;
import no.laget.platform.security.SignedInUser;
import no.laget.support.LagetTest;
import no.laget.support.CaseworkFixtures;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.Problems.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LagetTest
class MeetingsTest {

    @Autowired Meetings meetings;
    @Autowired Cases cases;
    @Autowired Children children;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;

    @Autowired CaseworkFixtures fixtures;

    @Test
    void a_meeting_participant_outside_every_consent_is_refused() {
        long child = fixtures.childWithRelayConsent("ansatt");
        long id = fixtures.caseFor(child);
        SignedInUser ansatt = fixtures.user("ansatt");

        assertRefused(() -> meetings.plan(ansatt, id, new CaseForms.Meeting(fixtures.today().plusDays(3).toString(),
                "09:00", "10:00", "Møterommet", "", "Oppstart", List.of(String.valueOf(ansatt.unitId()),
                String.valueOf(fixtures.user("nav").unitId()))).toCommand()),
                "unitIds:meeting.unitIds.no-consent");
        assertRefused(() -> meetings.plan(ansatt, id, new CaseForms.Meeting(fixtures.today().toString(),
                "10:00", "09:00", "", "", "", List.of()).toCommand()),
                "endTime:meeting.endTime.before-start",
                        "place:meeting.place.required", "agenda:meeting.agenda.required", "participants:meeting.participants.required");
    }

    @Test
    void the_invitation_validates_and_keeps_oslo_local_times_in_winter_and_summer() throws Exception {
        long child = fixtures.childWithRelayConsent("ansatt");
        long id = fixtures.caseFor(child);
        SignedInUser ansatt = fixtures.user("ansatt");
        String childName = children.get(ansatt, child).familyName();
        int year = fixtures.today().getYear() + 1;

        for (LocalDate day : List.of(LocalDate.of(year, 1, 15), LocalDate.of(year, 7, 15))) {
            long meeting = meetings.plan(ansatt, id, new CaseForms.Meeting(day.toString(), "09:00", "10:30",
                    "Møterom Tusenfryd", "https://video.example.no/rom/42", "Oppstart og mål",
                    List.of(String.valueOf(ansatt.unitId()))).toCommand());

            String ics = meetings.invitation(ansatt, id, meeting, "https://laget.example.no");

            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            ValidationResult result = calendar.validate();
            assertThat(result.hasErrors()).as(result.toString()).isFalse();
            String date = day.toString().replace("-", "");
            assertThat(ics).contains("BEGIN:VTIMEZONE", "TZID:Europe/Oslo",
                    "DTSTART;TZID=Europe/Oslo:" + date + "T090000", "DTEND;TZID=Europe/Oslo:" + date + "T103000",
                    "SUMMARY:Møte i Laget", "https://laget.example.no/cases/" + id);
            assertThat(ics).doesNotContain(childName).doesNotContain("Oppstart og mål");
            VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
            assertThat(event.getDateTimeStart().getDate().toString()).contains("09:00");
        }
    }

    @Test
    void the_invitation_downloads_as_text_calendar() throws Exception {
        long child = fixtures.childWithRelayConsent("ansatt");
        long id = fixtures.caseFor(child);
        SignedInUser ansatt = fixtures.user("ansatt");
        long meeting = meetings.plan(ansatt, id, new CaseForms.Meeting(fixtures.today().plusDays(2).toString(), "13:00",
                "14:00", "Kontoret", "", "Evaluering", List.of(String.valueOf(ansatt.unitId()))).toCommand());

        mvc.perform(get("/cases/" + id + "/meetings/" + meeting + "/invitation.ics").with(as(accounts, "ansatt")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/calendar")));
        mvc.perform(get("/cases/" + id + "/meetings/" + meeting + "/invitation.ics").with(as(accounts, "nav")))
                .andExpect(status().isForbidden());
    }

    @Test
    void minutes_need_the_childs_voice_and_each_decision_becomes_a_measure_with_its_deadline() {
        long child = fixtures.childWithRelayConsent("ansatt");
        long id = fixtures.caseFor(child);
        SignedInUser ansatt = fixtures.user("ansatt");
        LocalDate day = fixtures.today();
        long meeting = meetings.plan(ansatt, id, new CaseForms.Meeting(day.toString(), "09:00", "10:00", "Kontoret", "",
                "Oppstart", List.of(String.valueOf(ansatt.unitId()))).toCommand());
        String by = day.plusWeeks(3).toString();

        assertRefused(() -> meetings.writeMinutes(ansatt, id, meeting, new CaseForms.Minutes("Vi ble enige om tiltak",
                "", "Lesestund", "", by, "", "", "", "", "", "", "0").toCommand()),
                "childVoice:meeting.childVoice.required",
                        "decisionResponsible0:meeting.decision.responsible.required");

        meetings.writeMinutes(ansatt, id, meeting, new CaseForms.Minutes("Vi ble enige om tiltak", "Vil gjerne lese med mamma",
                "Lesestund hver dag", "employee:" + ansatt.employeeId(), by, "", "", "", "", "", "", "0").toCommand());

        RelayCase relayCase = cases.get(ansatt, id);
        RelayCase.Measure measure = relayCase.measures().stream().filter(m -> m.meetingId() != null).findFirst().orElseThrow();
        assertThat(measure.what()).isEqualTo("Lesestund hver dag");
        assertThat(measure.evaluateOn()).isEqualTo(day.plusWeeks(3));
        assertThat(relayCase.meetings().getFirst().childVoice()).isEqualTo("Vil gjerne lese med mamma");
        assertThat(jdbc.sql("select count(*) from deadline where kind = 'MEASURE_EVALUATION' and source_id = ? and employee_id = ?")
                .params(measure.id(), ansatt.employeeId()).query(Integer.class).single()).isEqualTo(1);
        assertRefused(() -> meetings.writeMinutes(ansatt, id, meeting, CaseForms.Minutes.of("Endret", "Barnet", "0").toCommand()),
                "version:casework.stale");
    }
}
