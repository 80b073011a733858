package no.laget.casework.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.ZonedDateTime;

import no.laget.access.AccessDoor;
import no.laget.casework.RelayCase;

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
import net.fortuna.ical4j.model.property.ProdId;
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

    MeetingInvitation(Clock clock) {
        this.clock = clock;
    }

    /**
     * The time zone database behind ical4j links Europe/Oslo to Europe/Berlin (same rules since 1980), so its
     * VTIMEZONE is named Berlin; the copy is renamed so that it matches the TZID of the event's times.
     */
    private static VTimeZone oslo() {
        VTimeZone zone = ZONES.getTimeZone(AccessDoor.OSLO.getId()).getVTimeZone().copy();
        zone.removeAll("TZURL", "X-LIC-LOCATION");
        zone.replace(new TzId(AccessDoor.OSLO.getId()));
        return zone;
    }

    public String of(RelayCase.Meeting meeting, String link) {
        ZonedDateTime start = meeting.startsAt().atZoneSameInstant(AccessDoor.OSLO);
        ZonedDateTime end = meeting.endsAt().atZoneSameInstant(AccessDoor.OSLO);
        VEvent event = new VEvent(start, end, "Møte i Laget");
        event.add(new Uid("laget-meeting-" + meeting.id() + "@laget"));
        event.replace(new DtStamp(clock.instant()));
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
