package no.laget.access.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
            Collection<InformationCategory> refused, Action action, LocalDate today, OffsetDateTime now) {
        Map<InformationCategory, Decision> answers = new EnumMap<>(InformationCategory.class);
        if (seesNoChildData(user)) {
            refused.forEach(category -> answers.put(category, Decision.deny(Reason.ROLE_SEES_NO_CHILD_DATA)));
            return answers;
        }
        // A write is "needs own service" only for a user who may read the category: anyone else gets the reason a
        // read would get, so that a write attempt tells a stranger nothing a read would not (a child that does not
        // exist answers like one the user has no consent for).
        Set<InformationCategory> readable = action == Action.READ ? Set.of() : readable(user, childId, refused, today, now);
        List<Named> named = jdbc.sql(NAMED).param("unit", user.unitId()).param("child", childId)
                .param("employee", user.employeeId())
                .query((rs, row) -> new Named(rs.getString("category"), rs.getBoolean("refused"),
                        rs.getBoolean("withdrawn"), rs.getDate("valid_from").toLocalDate(),
                        rs.getDate("valid_to").toLocalDate()))
                .list();
        return explain(user, refused, action, readable, named, today);
    }

    /**
     * The consents that named the unit for a category, and the consents a grant of the unit stood on (a case
     * participant's BASIC stands on its RELAY_LOG consent), under the category the grant gave; oldest first. Named
     * parameters {@code :unit}, {@code :child}, {@code :employee}; the door's page batch runs it inside its one statement.
     */
    public static final String NAMED = """
            select category, refused, withdrawn, valid_from, valid_to, consent_id, grant_id
              from (select g.category, c.refused, (c.withdrawn_at is not null or g.withdrawn_at is not null) as withdrawn,
                           c.valid_from, c.valid_to, c.id as consent_id, g.id as grant_id
                      from consent c
                      join consent_grant g on g.consent_id = c.id
                      join unit u on u.id = :unit
                     where c.child_id = :child and (g.receiver_unit_id = u.id or g.receiver_unit_type = u.type)
                    union all
                    select a.category, c.refused, (c.withdrawn_at is not null or g.withdrawn_at is not null),
                           c.valid_from, c.valid_to, c.id, g.id
                      from access_grant a
                      join consent c on c.id = a.consent_id
                      join consent_grant g on g.consent_id = c.id and g.category = a.consent_category
                      join unit u on u.id = :unit
                     where a.child_id = :child and a.unit_id = :unit and a.category <> a.consent_category
                       and (a.employee_id is null or a.employee_id = :employee)
                       and (g.receiver_unit_id = u.id or g.receiver_unit_type = u.type)) named
             order by consent_id, grant_id""";

    /** One consent (grant) that named the user's unit for a category, as {@link #NAMED} reads it. */
    public record Named(String category, boolean refused, boolean withdrawn, LocalDate validFrom, LocalDate validTo) {}

    /**
     * The reasons for refusals already made, from the consents that named the unit ({@link #NAMED}, oldest first) and,
     * for a write, the refused categories the user may read.
     */
    public Map<InformationCategory, Decision> explain(SignedInUser user, Collection<InformationCategory> refused,
            Action action, Set<InformationCategory> readable, List<Named> named, LocalDate today) {
        Map<InformationCategory, Decision> answers = new EnumMap<>(InformationCategory.class);
        if (seesNoChildData(user)) {
            refused.forEach(category -> answers.put(category, Decision.deny(Reason.ROLE_SEES_NO_CHILD_DATA)));
            return answers;
        }
        Map<InformationCategory, Reason> latest = new EnumMap<>(InformationCategory.class);
        boolean anyLiveConsentForUnit = false;
        for (Named consent : named) {
            Reason state = consent.refused() ? Reason.CONSENT_REFUSED
                    : consent.withdrawn() ? Reason.CONSENT_WITHDRAWN
                    : consent.validTo().isBefore(today) ? Reason.CONSENT_EXPIRED
                    : consent.validFrom().isAfter(today) ? Reason.CONSENT_NOT_YET_VALID
                    : null;
            if (state == null) {
                anyLiveConsentForUnit = true;
            }
            InformationCategory.parse(consent.category())
                    .ifPresent(category -> latest.put(category, state)); // later consents overwrite
        }
        for (InformationCategory category : refused) {
            if (action != Action.READ && readable.contains(category)) {
                answers.put(category, Decision.deny(Reason.WRITE_NEEDS_OWN_SERVICE));
                continue;
            }
            Reason reason = latest.get(category);
            if (reason == null) {
                reason = anyLiveConsentForUnit ? Reason.CATEGORY_NOT_GRANTED : Reason.NO_CONSENT;
            }
            answers.put(category, Decision.deny(reason));
        }
        return answers;
    }

    /** Administrators and roles without an employee role never see a child's data. */
    public static boolean seesNoChildData(SignedInUser user) {
        return !user.worksWithChildren();
    }

    private Set<InformationCategory> readable(SignedInUser user, long childId, Collection<InformationCategory> categories,
            LocalDate today, OffsetDateTime now) {
        Set<InformationCategory> readable = EnumSet.noneOf(InformationCategory.class);
        jdbc.sql("""
                select c.category
                  from unnest(cast(? as varchar[])) as c(category)
                 where exists (select 1 from access_basis(?, ?, ?, cast(? as varchar[]), c.category, 'READ', ?, ?))""")
                .params(categories.stream().map(Enum::name).toArray(String[]::new), childId, user.employeeId(),
                        user.unitId(), user.roleNames().toArray(String[]::new), Date.valueOf(today), now)
                .query(rs -> {
                    readable.add(InformationCategory.valueOf(rs.getString("category")));
                });
        return readable;
    }
}
