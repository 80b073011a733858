package no.laget.family.internal;

import java.time.OffsetDateTime;
import java.util.List;

import no.laget.access.AccessLogReader;
import no.laget.access.FamilyRelation;
import no.laget.platform.security.FamilyMember;
import no.laget.platform.security.Role;
import no.laget.platform.time.Dates;
import no.laget.platform.time.Oslo;

/**
 * The access log in plain words for the family (docs/decisions.md "Who has looked, for the family"): who by service
 * and role (never an employee's name, never a role code), when in Oslo time, what kind of information, read or
 * changed, and the basis, with the consent's date and the emergency reason. The same words go to the page, the PDF
 * and (as keys) the JSON of the innsyn download.
 */
public final class SeenWords {

    /** The bases that stand on a consent, told with the consent's date. */
    private static final List<String> DATED = List.of("CONSENT", "CASE_PARTICIPANT");

    /**
     * One line of the log as shown. {@code whoKey} takes {@code whoArgument} (the unit's name); {@code basisKey} takes
     * {@code basisArgument} (the consent's date, dd.MM.yyyy, or null); {@code who} is the code the JSON carries
     * (YOU, GUARDIAN, YOUNG_PERSON, EMPLOYEE, UNIT_LEADER, CHILD_WELFARE_INTAKE, AUDITOR).
     */
    public record Line(long id, OffsetDateTime occurredAt, String when, String isoWhen, String who, String whoKey,
            String whoArgument, String category, String action, String basis, String basisKey, String basisArgument,
            boolean emergency, String emergencyReason) {

        public String categoryKey() {
            return "family.seen.category." + category;
        }

        public String actionKey() {
            return "family.seen.action." + action;
        }
    }

    private SeenWords() {
    }

    static List<Line> lines(List<AccessLogReader.FamilyEntry> entries, FamilyMember member) {
        return entries.stream().map(entry -> line(entry, member)).toList();
    }

    static Line line(AccessLogReader.FamilyEntry e, FamilyMember member) {
        String who = who(e, member);
        String basis = e.basis() == null ? "NONE" : e.basis();
        String consentDay = e.consentGivenAt() == null || !DATED.contains(basis) ? null
                : Dates.paddedDay(e.consentGivenAt());
        String basisKey = "family.seen.basis." + basis + (consentDay != null ? ".dated" : "");
        return new Line(e.id(), e.occurredAt(), Dates.paddedDayAtTime(e.occurredAt()),
                e.occurredAt().atZoneSameInstant(Oslo.ZONE).toOffsetDateTime().toString(), who,
                "family.seen.who." + who, e.unitName(), e.category(), e.action(), basis, basisKey, consentDay,
                e.emergency(), e.emergencyReason());
    }

    /**
     * The family member themself is "Du"; another family member by relation only (a guardian does not learn from the
     * log which other guardian looked, nor when, by name); an employee by the most telling of their roles.
     */
    private static String who(AccessLogReader.FamilyEntry e, FamilyMember member) {
        if (e.family()) {
            if (member.actorName().equals(e.username())) {
                return "YOU";
            }
            return FamilyRelation.YOUNG_PERSON.name().equals(e.roles()) ? "YOUNG_PERSON" : "GUARDIAN";
        }
        List<String> roles = e.roles() == null ? List.of() : List.of(e.roles().split(","));
        if ("AUDIT".equals(e.basis()) || roles.contains(Role.AUDITOR.name())) {
            return "AUDITOR";
        }
        if (roles.contains(Role.CHILD_WELFARE_INTAKE.name())) {
            return "CHILD_WELFARE_INTAKE";
        }
        if (roles.contains(Role.UNIT_LEADER.name())) {
            return "UNIT_LEADER";
        }
        return e.unitName() == null ? "SOMEONE" : "EMPLOYEE";
    }
}
