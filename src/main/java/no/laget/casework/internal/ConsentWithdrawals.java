package no.laget.casework.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import no.laget.access.InformationCategory;
import no.laget.casework.MeasuresStopped;
import no.laget.consent.ConsentWithdrawn;
import no.laget.consent.Consents;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Casework's answer to a withdrawn consent, in the withdrawing transaction. The access grants tied to the consent
 * stop by themselves; here every open case in which a unit stood on the consent for the relay log, and no longer
 * does, is flagged (its page says "Samtykket er trukket tilbake"; the case stays open, closing it is a person's
 * decision), and the evaluation reminders of its measures that rest on those units or their people stop.
 */
@Component
class ConsentWithdrawals {

    private static final Logger log = LoggerFactory.getLogger(ConsentWithdrawals.class);

    private final JdbcClient jdbc;
    private final Consents consents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentWithdrawals(JdbcClient jdbc, Consents consents, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.consents = consents;
        this.events = events;
        this.clock = clock;
    }

    record Standing(long caseId, long unitId) {}

    @EventListener
    void withdrawn(ConsentWithdrawn event) {
        List<Standing> standing = jdbc.sql("""
                select distinct p.case_id, p.unit_id
                  from case_participant p join relay_case c on c.id = p.case_id
                 where p.consent_id = ? and p.removed_at is null and c.closed_at is null""")
                .param(event.consentId())
                .query((rs, row) -> new Standing(rs.getLong("case_id"), rs.getLong("unit_id")))
                .list();
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        for (Standing s : standing) {
            if (consents.liveCovering(event.childId(), InformationCategory.RELAY_LOG, s.unitId())
                    .contains(event.consentId())) {
                continue; // a part that leaves the relay log alone
            }
            jdbc.sql("update relay_case set consent_withdrawn_at = ? where id = ? and consent_withdrawn_at is null")
                    .params(now, s.caseId()).update();
            List<Long> measures = jdbc.sql("""
                    select m.id from case_measure m left join employee e on e.id = m.responsible_employee_id
                     where m.case_id = ? and (m.responsible_unit_id = ? or e.unit_id = ?)""")
                    .params(s.caseId(), s.unitId(), s.unitId()).query(Long.class).list();
            events.publishEvent(new MeasuresStopped(s.caseId(), measures));
            log.info("Case {}: a consent behind it was withdrawn; {} measure reminders stopped", s.caseId(),
                    measures.size());
        }
    }
}
