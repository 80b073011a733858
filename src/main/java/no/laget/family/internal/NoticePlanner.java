package no.laget.family.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import no.laget.access.Action;
import no.laget.access.FamilyDoor;
import no.laget.access.InformationCategory;
import no.laget.consent.ConsentRequested;
import no.laget.consent.ConsentRequests;
import no.laget.feedback.FeedbackInvitedOnFamilyPage;
import no.laget.platform.web.FamilyLanguageChosen;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts the family's e-mail notices into the outbox ({@code family_notice}), inside the transaction of what caused
 * them, so a notice is planned exactly when its cause is stored and survives a restart: a consent request tells the
 * people who must answer it; a feedback invitation on a child's page tells those who see that page (the family
 * door's rule for the relay log). Only members with a confirmed address are planned; one row per member and thing,
 * so planning twice plans nothing more. Counts in the log, no one's id or address.
 */
@Component
class NoticePlanner {

    private static final Logger log = LoggerFactory.getLogger(NoticePlanner.class);

    enum Kind { CONFIRM, CONSENT_REQUEST, FEEDBACK }

    private final JdbcClient jdbc;
    private final NoticeAddresses addresses;
    private final ConsentRequests requests;
    private final FamilyDoor door;
    private final Clock clock;

    NoticePlanner(JdbcClient jdbc, NoticeAddresses addresses, ConsentRequests requests, FamilyDoor door, Clock clock) {
        this.jdbc = jdbc;
        this.addresses = addresses;
        this.requests = requests;
        this.door = door;
        this.clock = clock;
    }

    @EventListener
    void consentRequested(ConsentRequested event) {
        plan(Kind.CONSENT_REQUEST, String.valueOf(event.requestId()), event.childId(),
                addresses.confirmedMembers(requests.stillToAnswer(event.requestId())));
    }

    @EventListener
    void feedbackInvited(FeedbackInvitedOnFamilyPage event) {
        plan(Kind.FEEDBACK, event.ref(), event.childId(), addresses.confirmedMembers(
                door.identityNumbersAllowed(event.childId(), InformationCategory.RELAY_LOG, Action.READ)));
    }

    @EventListener
    void languageChosen(FamilyLanguageChosen event) {
        addresses.languageChosen(event.memberId(), event.language());
    }

    private void plan(Kind kind, String subjectRef, long childId, List<Long> memberIds) {
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        int planned = 0;
        for (long memberId : memberIds) {
            planned += jdbc.sql("""
                    insert into family_notice (family_member_id, kind, subject_ref, child_id, created_at, next_attempt_at)
                    values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(memberId, kind.name(), subjectRef, childId, now, now).update();
        }
        if (planned > 0) {
            log.info("Family notices planned: {} of kind {}", planned, kind);
        }
    }
}
