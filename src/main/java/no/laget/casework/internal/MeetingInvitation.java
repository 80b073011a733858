package no.laget.casework.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.ZonedDateTime;

import no.laget.casework.RelayCase;
import no.laget.platform.MailSettings;
import no.laget.platform.time.Oslo;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

import org.springframework.stereotype.Component;

/**
 * A meeting as an iCalendar invitation (ical4j): times with TZID Europe/Oslo and its VTIMEZONE, the summary "Møte i
 * Laget" and a link to the case. No name, no agenda and no other word about the child leaves Laget in it: an
 * invitation travels through e-mail and calendars.
 */
@Component
public class MeetingInvitation {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private final Clock clock;
    private final MailSettings mail;

    MeetingInvitation(Clock clock, MailSettings mail) {
        this.clock = clock;
        this.mail = mail;
    }

    /**
     * The time zone database behind ical4j links Europe/Oslo to Europe/Berlin (same rules since 1980), so its
     * VTIMEZONE is named Berlin; the copy is renamed so that it matches the TZID of the event's times.
     */
    private static VTimeZone oslo() {
        VTimeZone zone = ZONES.getTimeZone(Oslo.ZONE.getId()).getVTimeZone().copy();
        zone.removeAll("TZURL", "X-LIC-LOCATION");
        zone.replace(new TzId(Oslo.ZONE.getId()));
        return zone;
    }

    /**
     * The meeting as an iTIP message (RFC 5546) that calendars understand by e-mail and as a download: METHOD:REQUEST
     * while it stands, METHOD:CANCEL with STATUS:CANCELLED once cancelled; the same UID always, and the meeting's
     * SEQUENCE, which every move and the cancellation raise, so a calendar replaces the event it holds. ORGANIZER is
     * Laget's own (no-reply) address; ATTENDEE is the one recipient (or left out), with RSVP=FALSE, since nobody reads
     * replies to that address. No name, no agenda and no other word about the child.
     */
    public String of(RelayCase.Meeting meeting, String link, String attendeeEmail) {
        ZonedDateTime start = meeting.startsAt().atZoneSameInstant(Oslo.ZONE);
        ZonedDateTime end = meeting.endsAt().atZoneSameInstant(Oslo.ZONE);
        VEvent event = new VEvent(start, end, "Møte i Laget");
        event.add(new Uid("laget-meeting-" + meeting.id() + "@laget"));
        event.replace(new DtStamp(clock.instant()));
        event.add(new Sequence(meeting.sequence()));
        event.add(meeting.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Organizer(new ParameterList(java.util.List.of(new Cn("Laget"))), URI.create("mailto:" + mail.from())));
        if (attendeeEmail != null && !attendeeEmail.isBlank()) {
            event.add(new Attendee(new ParameterList(java.util.List.of(PartStat.NEEDS_ACTION, Rsvp.FALSE)),
                    URI.create("mailto:" + attendeeEmail.trim())));
        }
        event.add(new Url(URI.create(link)));
        event.add(new Description("Se saken i Laget: " + link));
        String location = meeting.place() != null ? meeting.place() : meeting.videoLink();
        if (meeting.place() != null && meeting.videoLink() != null) {
            location = meeting.place() + " / " + meeting.videoLink();
        }
        event.add(new Location(location));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Laget//Stafettlogg//NO"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(meeting.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(oslo());
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The invitation does not validate", e);
        }
        return out.toString();
    }
}
