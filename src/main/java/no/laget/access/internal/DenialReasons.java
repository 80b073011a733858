package no.laget.access.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import no.laget.access.Action;
import no.laget.access.Decision;
import no.laget.access.InformationCategory;
import no.laget.access.Reason;
import no.laget.platform.security.SignedInUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Explains a refusal the access rule already made. It never allows anything: it only picks the reason,
 * from the latest consent that named the user's unit for the category. One query for all categories.
 */
@Component
public class DenialReasons {

    private final JdbcClient jdbc;

    DenialReasons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<InformationCategory, Decision> explain(SignedInUser user, long childId,
            Collection<InformationCategory> refused, Action action, LocalDate today) {
        Map<InformationCategory, Decision> answers = new EnumMap<>(InformationCategory.class);
        if (user.hasRole("ADMINISTRATOR") || !(user.hasRole("EMPLOYEE") || user.hasRole("UNIT_LEADER")
                || user.hasRole("CHILD_WELFARE_INTAKE"))) {
            refused.forEach(category -> answers.put(category, Decision.deny(Reason.ROLE_SEES_NO_CHILD_DATA)));
            return answers;
        }
        if (action == Action.WRITE) {
            refused.forEach(category -> answers.put(category, Decision.deny(Reason.WRITE_NEEDS_OWN_SERVICE)));
            return answers;
        }
        Map<InformationCategory, Reason> latest = new EnumMap<>(InformationCategory.class);
        boolean[] anyLiveConsentForUnit = {false};
        jdbc.sql("""
                select g.category, c.refused, (c.withdrawn_at is not null or g.withdrawn_at is not null) as withdrawn,
                       c.valid_from, c.valid_to
                  from consent c
                  join consent_grant g on g.consent_id = c.id
                  join unit u on u.id = ?
                 where c.child_id = ? and (g.receiver_unit_id = u.id or g.receiver_unit_type = u.type)
                 order by c.id, g.id""")
                .params(user.unitId(), childId)
                .query(rs -> {
                    LocalDate from = rs.getDate("valid_from").toLocalDate();
                    LocalDate to = rs.getDate("valid_to").toLocalDate();
                    Reason state = rs.getBoolean("refused") ? Reason.CONSENT_REFUSED
                            : rs.getBoolean("withdrawn") ? Reason.CONSENT_WITHDRAWN
                            : to.isBefore(today) ? Reason.CONSENT_EXPIRED
                            : from.isAfter(today) ? Reason.CONSENT_NOT_YET_VALID
                            : null;
                    if (state == null) {
                        anyLiveConsentForUnit[0] = true;
                    }
                    InformationCategory.parse(rs.getString("category"))
                            .ifPresent(category -> latest.put(category, state)); // later consents overwrite
                });
        for (InformationCategory category : refused) {
            Reason reason = latest.get(category);
            if (reason == null) {
                reason = anyLiveConsentForUnit[0] ? Reason.CATEGORY_NOT_GRANTED : Reason.NO_CONSENT;
            }
            answers.put(category, Decision.deny(reason));
        }
        return answers;
    }
}
