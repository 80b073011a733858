package no.laget.deadline.internal;

import no.laget.consent.ConsentGiven;
import no.laget.consent.ConsentWithdrawnInFull;
import no.laget.consent.Consents;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A consent's expiry (docs/domain.md rule 15), from the consent module's events: on the unit that recorded or asked
 * for it, warned {@value Consents#EXPIRY_WARNING_DAYS} days before, until a relay holder takes it over ({@link
 * CaseworkDuties}) or it is withdrawn in full.
 */
@Component
class ConsentDuties {

    /** The source type of a consent's duties: the deadline module's word, no other module names it. */
    static final String SOURCE = "consent";

    private final Deadlines deadlines;

    ConsentDuties(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @ApplicationModuleListener(id = "deadline.consent-given")
    void on(ConsentGiven e) {
        deadlines.schedule(new DeadlineRequest(Consents.EXPIRY, SOURCE, e.consentId(), e.childId(), e.unitId(), null,
                e.validTo(), e.validTo().minusDays(Consents.EXPIRY_WARNING_DAYS),
                "/children/" + e.childId() + "/consents"));
    }

    @ApplicationModuleListener(id = "deadline.consent-withdrawn-in-full")
    void on(ConsentWithdrawnInFull e) {
        deadlines.complete(SOURCE, e.consentId(), Consents.EXPIRY);
    }
}
