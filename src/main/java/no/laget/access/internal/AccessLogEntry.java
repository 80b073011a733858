package no.laget.access.internal;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.Decision;
import no.laget.access.InformationCategory;
import no.laget.platform.security.FamilyMember;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.security.SystemClientAuthentication;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** One line of the access log before it is chained and stored. */
public record AccessLogEntry(OffsetDateTime occurredAt, long employeeId, String username, String roles, long unitId,
        Long childId, String category, String objectType, Long objectId, String action, String client, String outcome,
        String basis, Long consentId, Long emergencyId, String reasonCode) {

    public static AccessLogEntry of(SignedInUser user, Long childId, InformationCategory category, AccessedObject object,
            Action action, Decision decision, OffsetDateTime at) {
        return new AccessLogEntry(at.truncatedTo(ChronoUnit.MICROS), user.employeeId(), user.username(),
                String.join(",", user.roleNames()), user.unitId(), childId, category.name(),
                object.type(), object.id(), action.name(), currentClient(), decision.allowed() ? "ALLOWED" : "DENIED",
                decision.basis() == null ? null : decision.basis().name(), decision.consentId(), decision.emergencyId(),
                decision.reason() == null ? null : decision.reason().name());
    }

    /**
     * A family member's read or write through the family's door. The actor is not an employee: employee and unit 0
     * (never a row), the username {@code familie:<member row>} (never the identity number), the relation as the role,
     * and the client FAMILY.
     */
    public static AccessLogEntry ofFamily(FamilyMember member, String relation, Long childId,
            InformationCategory category, AccessedObject object, Action action, Decision decision, OffsetDateTime at) {
        return new AccessLogEntry(at.truncatedTo(ChronoUnit.MICROS), 0, member.actorName(), relation, 0, childId,
                category.name(), object.type(), object.id(), action.name(), FAMILY_CLIENT,
                decision.allowed() ? "ALLOWED" : "DENIED", decision.basis() == null ? null : decision.basis().name(),
                decision.consentId(), decision.emergencyId(), decision.reason() == null ? null : decision.reason().name());
    }

    public static final String FAMILY_CLIENT = "FAMILY";

    /**
     * PAGE or API, from the request being served; the registered system's name when another system called the API
     * with a bearer token; SYSTEM for scheduled work.
     */
    private static String currentClient() {
        var system = SystemClientAuthentication.currentSystemName();
        if (system.isPresent()) {
            return system.get();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRequestURI().startsWith("/api/") ? "API" : "PAGE";
        }
        return "SYSTEM";
    }
}
